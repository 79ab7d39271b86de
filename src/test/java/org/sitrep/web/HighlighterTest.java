package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  private static String render(String text, Mark... marks) {
    Html h = new Html();
    Highlighter.write(h, text, List.of(marks));
    return h.toString().replaceAll(" class=\"m m-(\\w+)\" data-ref=\"(\\w+)\"( id=\"[\\w-]+\")? tabindex=\"0\"",
        " $2");
  }

  private static Mark mark(int start, int end, String ref) {
    return new Mark(start, end, "x", ref, null);
  }

  @Test
  void noMarksIsTheEscapedText() {
    assertEquals("a &lt;b&gt;", render("a <b>"));
  }

  @Test
  void disjointMarks() {
    assertEquals("<mark a>ab</mark>c<mark b>de</mark>", render("abcde", mark(0, 2, "a"), mark(3, 5, "b")));
  }

  @Test
  void containedMarkNestsInside() {
    assertEquals("<mark a>a<mark b>bc</mark>d</mark>e", render("abcde", mark(0, 4, "a"), mark(1, 3, "b")));
  }

  @Test
  void containedMarkGivenFirstStillNestsInside() {
    assertEquals("<mark a>a<mark b>bc</mark>d</mark>e", render("abcde", mark(1, 3, "b"), mark(0, 4, "a")));
  }

  @Test
  void crossingMarksAreSplitSoTheyNest() {
    assertEquals("<mark a>ab<mark b>cd</mark></mark><mark b>ef</mark>g",
        render("abcdefg", mark(0, 4, "a"), mark(2, 6, "b")));
  }

  @Test
  void marksWithTheSameSpanNestLongestFirstInTheGivenOrder() {
    assertEquals("<mark a><mark b>abc</mark></mark>", render("abc", mark(0, 3, "a"), mark(0, 3, "b")));
  }

  @Test
  void sharedEndAndSharedStart() {
    assertEquals("<mark a>ab<mark b>c</mark></mark><mark c>de</mark>",
        render("abcde", mark(0, 3, "a"), mark(2, 3, "b"), mark(3, 5, "c")));
  }

  @Test
  void marksAtTheTextEdges() {
    assertEquals("<mark a>a</mark>bc<mark b>d</mark>", render("abcd", mark(0, 1, "a"), mark(3, 4, "b")));
    assertEquals("<mark a>abcd</mark>", render("abcd", mark(0, 4, "a")));
  }

  @Test
  void offsetsOutsideTheTextAreClampedAndEmptyMarksDropped() {
    assertEquals("ab<mark a>cd</mark>", render("abcd", mark(2, 99, "a"), mark(-5, 0, "b"), mark(7, 9, "c")));
  }

  @Test
  void nonBmpCharactersAreNeverSplit() {
    String text = "x\uD83D\uDE80y\uD83C\uDDFA\uD83C\uDDE6z";
    // Offsets are UTF-16 indexes, as in the record: 1..3 is the rocket, 4..8 the flag.
    assertEquals("x<mark a>\uD83D\uDE80</mark>y<mark b>\uD83C\uDDFA\uD83C\uDDE6</mark>z",
        render(text, mark(1, 3, "a"), mark(4, 8, "b")));
    // An offset inside a pair moves to the start of the pair.
    assertEquals("x<mark a>\uD83D\uDE80y</mark>\uD83C\uDDFA\uD83C\uDDE6z", render(text, mark(2, 4, "a")));
  }

  @Test
  void theAnchorIsWrittenOnTheFirstPieceOnly() {
    Html h = new Html();
    Highlighter.write(h, "abcdefg", List.of(new Mark(0, 4, "actor", "a", null),
        new Mark(2, 6, "figure", "c1", "claim-1")));
    assertEquals("<mark class=\"m m-actor\" data-ref=\"a\" tabindex=\"0\">ab"
        + "<mark class=\"m m-figure\" data-ref=\"c1\" id=\"claim-1\" tabindex=\"0\">cd</mark></mark>"
        + "<mark class=\"m m-figure\" data-ref=\"c1\" tabindex=\"0\">ef</mark>g", h.toString());
  }

  @Test
  void markedTextIsEscaped() {
    assertEquals("<mark a>&lt;script&gt;</mark>", render("<script>", mark(0, 8, "a")));
  }
}
