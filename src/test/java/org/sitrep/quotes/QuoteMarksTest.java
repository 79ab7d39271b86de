package org.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.scan(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void curlyAndStraightMarksPair() {
    assertEquals(List.of("Hold the line,", "We will not retreat."),
        quoted("“Hold the line,” he said. He added: \"We will not retreat.\""));
  }

  @Test
  void typewriterPairsOfBackquotesAndApostrophesPair() {
    String text = "``We will not retreat,'' he said, calling it a ``strong foundation'' for ties. It's the ``last"
        + " word.''";
    assertEquals(List.of("We will not retreat,", "strong foundation", "last word."), quoted(text));
    assertEquals(List.of(), quoted("The pilots' union's ''fair'' deal"), "no backquotes, no typewriter pairs");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), quoted("The soldiers’ families didn’t know. It's the army's call."));
  }

  @Test
  void singleMarksOutsideDoubleOnesAreQuotes() {
    assertEquals(List.of("ready to talk"), quoted("Tehran ‘ready to talk’, envoy says"));
  }

  @Test
  void innerQuoteOfOtherStyleIsNested() {
    assertEquals(List.of("He called it “madness” and left."),
        quoted("\"He called it “madness” and left.\""));
  }

  @Test
  void openParagraphContinuesIntoNextOpeningMark() {
    List<Quotation> qs = QuoteMarks.scan("“First part.\n\n“Second part.”");
    assertEquals(2, qs.size());
    assertFalse(qs.get(0).isClosed());
    assertTrue(qs.get(1).continued());
    assertEquals(1, qs.get(1).paragraph());
  }

  @Test
  void rightMarkStartingAWordOpens() {
    assertEquals(List.of("Typed the wrong way round."), quoted("”Typed the wrong way round.” she said"));
  }

  @Test
  void emptyAndMarkOnlyTextsHaveNoQuotes() {
    assertEquals(List.of(), quoted(""));
    assertEquals(List.of(), quoted("“ ”"));
  }
}
