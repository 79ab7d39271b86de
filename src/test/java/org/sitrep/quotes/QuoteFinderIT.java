package org.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;

/** The quote finder on the real CoreNLP models, over a short wire-style text of our own. */
class QuoteFinderIT {
  private static final String TEXT = String.join("\n\n",
      "Seoul condemns troop deployment",
      "South Korea's foreign ministry on Tuesday condemned the deployment of North Korean troops to"
          + " Russia. “We regret the decision,” said a spokesperson from Seoul’s foreign ministry.",
      "Kremlin spokesman Dmitry Peskov dismissed the criticism. He called the reports “a grave"
          + " provocation” and said Moscow would not comment further.",
      "“The deployment must end,” a US State Department spokesperson said. “It threatens the"
          + " security of the whole region.”",
      "Unification Minister Kim Yung-ho told lawmakers:",
      "“Pyongyang must withdraw its soldiers without delay.”");

  @Test
  void findsEveryQuoteWithItsSpeaker() {
    AnnotatedText text = CoreNlpAnnotator.shared(NlpOptions.full()).annotate(TEXT);
    List<FoundQuote> quotes = new QuoteFinder().find(text);
    assertEquals(5, quotes.size(), () -> "quotes: " + quotes);
    assertSpeaker(quotes.get(0), "a spokesperson from Seoul’s foreign ministry");
    assertSpeaker(quotes.get(1), "He");
    assertEquals("Dmitry Peskov", quotes.get(1).speakerEntity().text());
    assertSpeaker(quotes.get(2), "a US State Department spokesperson");
    assertSpeaker(quotes.get(3), "a US State Department spokesperson");
    assertEquals("quote.continued", quotes.get(3).finder());
    assertTrue(quotes.get(4).speaker().text().endsWith("Kim Yung-ho"), () -> quotes.get(4).toString());
    assertEquals("quote.paragraph-carry", quotes.get(4).finder());
  }

  @Test
  void aSingleMarkRunIntoTheClosingMarkLeavesTheSpeakerAfterIt() {
    String text = "“This war is not only on the front line, it is fought on television, in the state media,"
        + " where we hear the words ‘traitor, foreign agent,’” Olena Kovalenko, the director of a"
        + " press-freedom group in Kyiv and who also appears in the film, told the Kyiv Independent.";
    AnnotatedText annotated = CoreNlpAnnotator.shared(NlpOptions.full()).annotate(text);
    List<FoundQuote> quotes = new QuoteFinder().find(annotated);
    assertEquals(text, annotated.text());
    assertEquals("Olena Kovalenko", quotes.get(0).speakerEntity() == null ? null
        : quotes.get(0).speakerEntity().text(), () -> quotes.toString());
  }

  private static void assertSpeaker(FoundQuote q, String speaker) {
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().text(), q::toString);
  }
}
