package org.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.ParseRecorder;

/** The quote finder reads the parse of the sentences it attributes from, and of no others. */
class QuoteFinderParseTest {
  private static final AnnotatedText TEXT = HandText.of(
      "Ms. Baerbock flew to Kyiv. The weather was cold. “We stand with Ukraine,” she said."
          + " Talks resume on Monday.", """
      Ms. NNP ms. O 2 compound
      Baerbock NNP baerbock PERSON 3 nsubj
      flew VBD fly O 0 root
      to IN to O 5 case
      Kyiv NNP kyiv LOCATION 3 obl
      . . . O 3 punct
      """, """
      The DT the O 2 det
      weather NN weather O 4 nsubj
      was VBD be O 4 cop
      cold JJ cold O 0 root
      . . . O 4 punct
      """, """
      “ `` “ O 3 punct
      We PRP we O 3 nsubj
      stand VBP stand O 9 ccomp
      with IN with O 5 case
      Ukraine NNP ukraine LOCATION 3 obl
      , , , O 3 punct
      ” '' ” O 3 punct
      she PRP she PERSON 9 nsubj
      said VBD say O 0 root
      . . . O 9 punct
      """, """
      Talks NNS talk O 2 nsubj
      resume VBP resume O 0 root
      on IN on O 4 case
      Monday NNP monday O 2 obl
      . . . O 2 punct
      """);

  @Test
  void pronounSpeakerReadsTheQuoteAndTheSentenceNamingAPersonOnly() {
    ParseRecorder deferred = ParseRecorder.of(TEXT);

    List<FoundQuote> found = new QuoteFinder().find(deferred.text());

    assertEquals(Set.of(0, 2), deferred.parsed());
    assertEquals("Baerbock", found.get(0).speakerEntity().text());
    assertEquals(new QuoteFinder().find(TEXT), found);
  }
}
