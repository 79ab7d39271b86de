package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Single-mark quotations ('...' or ‘...’), the style of headlines and of British copy, found only
 * outside double-mark quotations of the same paragraph.
 */
final class SingleMarks {
  /** A single-mark quote longer than this is more likely two apostrophes than a quotation. */
  private static final int MAX_CHARS = 400;

  private SingleMarks() {}

  static void scan(String text, int from, int to, int paragraph, List<Quotation> out, int first) {
    List<Quotation> doubles = new ArrayList<>(out.subList(first, out.size()));
    int open = -1;
    for (int i = from; i < to; i++) {
      if (insideAny(doubles, i)) continue;
      char c = text.charAt(i);
      if (c != '\'' && c != '‘' && c != '’') continue;
      if (open < 0 && c != '’' && opensWord(text, i, from, to)) {
        open = i;
      } else if (open >= 0 && c != '‘' && closesWord(text, i, to)) {
        if (i - open <= MAX_CHARS) QuoteMarks.add(text, open, i, i + 1, paragraph, true, out);
        open = -1;
      }
    }
    out.sort(Comparator.comparingInt(Quotation::open));
  }

  private static boolean insideAny(List<Quotation> quotes, int offset) {
    for (Quotation q : quotes) if (q.open() <= offset && offset < q.close()) return true;
    return false;
  }

  private static boolean opensWord(String text, int i, int from, int to) {
    boolean before = i == from || " \t\n([—–-:".indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < to && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean closesWord(String text, int i, int to) {
    char prev = text.charAt(i - 1);
    if (Character.isWhitespace(prev)) return false;
    return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
