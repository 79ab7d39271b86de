package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations by their marks, paragraph by paragraph. Double marks pair up: a left mark opens,
 * a right mark closes, a straight mark closes what is open and opens otherwise. A paragraph left
 * open ends its quote at the paragraph end; when the next paragraph opens with a mark, that quote
 * is a continuation. Single marks count only outside double ones, when the opening mark starts a
 * word and the closing one ends one (so apostrophes in "don't" never pair).
 */
final class QuoteMarks {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t\r\f\u00a0]*\n");

  private QuoteMarks() {}

  static List<Quotation> scan(String original) {
    String text = typewriterPairs(original);
    List<Quotation> out = new ArrayList<>();
    int paragraph = 0;
    int from = 0;
    boolean leftOpen = false;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (true) {
      int to = m.find() ? m.start() : text.length();
      leftOpen = scanParagraph(text, from, to, paragraph, leftOpen, out);
      if (to >= text.length()) break;
      from = m.end();
      paragraph++;
    }
    return out;
  }

  /** Scans one paragraph; returns whether it ends inside an open double quote. */
  private static boolean scanParagraph(
      String text, int from, int to, int paragraph, boolean previousOpen, List<Quotation> out) {
    int first = out.size();
    int open = -1;
    boolean nested = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) continue;
      boolean straightOpen = open >= 0 && text.charAt(open) == '"';
      if (open >= 0 && isNested(c, straightOpen, nested, endsWord(text, i, to))) {
        nested = !nested;
      } else if (open >= 0 && (c == '"' || c == '”' || c == '»')) {
        add(text, open, i, i + 1, paragraph, false, out);
        open = -1;
        nested = false;
      } else if (open >= 0) {
        add(text, open, i, i, paragraph, false, out); // an opening mark inside: the last one never closed
        open = i;
      } else if (c != '”' && c != '»' || opensWord(text, i, from, to)) {
        open = i;
      }
    }
    if (open >= 0) add(text, open, to, to, paragraph, false, out);
    boolean opensWithMark = firstNonSpaceIsOpening(text, from, to);
    if (previousOpen && opensWithMark && out.size() > first && out.get(first).open() == skipSpace(text, from, to)) {
      Quotation q = out.get(first);
      out.set(first, new Quotation(q.open(), q.start(), q.end(), q.close(), q.paragraph(), true,
          false));
    }
    SingleMarks.scan(text, from, to, paragraph, out, first);
    return open >= 0;
  }

  /**
   * Wire copy of the 1990s (and text set for TeX) writes ``double quotes'' with two backquotes and
   * two apostrophes: read as a curly pair, the outer character of each pair a space, so that every
   * offset stays the text's own and the quote's words exclude both characters.
   */
  private static String typewriterPairs(String text) {
    if (text.indexOf("``") < 0) return text;
    char[] c = text.toCharArray();
    for (int i = 0; i + 1 < c.length; i++) {
      if (c[i] == '`' && c[i + 1] == '`') {
        c[i] = ' ';
        c[i + 1] = '“';
        i++;
      } else if (c[i] == '\'' && c[i + 1] == '\'' && i > 0 && !Character.isWhitespace(c[i - 1])) {
        c[i] = '”';
        c[i + 1] = ' ';
        i++;
      }
    }
    return new String(c);
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  /** A mark of the other style inside an open quote: an inner quotation, not the end. */
  private static boolean isNested(char c, boolean straightOpen, boolean nested, boolean endsWord) {
    if (straightOpen) return c == '“' || (c == '”' && nested);
    return c == '"' && (nested || !endsWord);
  }

  /** A mark right after a word and before a space or the end: it closes. */
  private static boolean endsWord(String text, int i, int to) {
    boolean after = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    return after && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** A right mark used as a left one at the start of a word (a common typing slip). */
  private static boolean opensWord(String text, int i, int from, int to) {
    boolean before = i == from || Character.isWhitespace(text.charAt(i - 1));
    return before && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean firstNonSpaceIsOpening(String text, int from, int to) {
    int i = skipSpace(text, from, to);
    return i < to && "“\"„«".indexOf(text.charAt(i)) >= 0;
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }

  /** Adds the quote between a mark at {@code open} and {@code end}, trimmed of spaces. */
  static void add(String text, int open, int end, int close, int paragraph, boolean single,
      List<Quotation> out) {
    int s = open + 1;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (!hasWord(text, s, e)) return;
    out.add(new Quotation(open, s, e, Math.max(close, e), paragraph, false, single));
  }

  private static boolean hasWord(String text, int s, int e) {
    for (int i = s; i < e; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
    return false;
  }
}
