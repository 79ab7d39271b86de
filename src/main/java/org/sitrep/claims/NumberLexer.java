package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.claims.NumberToken.Kind;

/**
 * Splits text into words, digit groups and symbols, keeping offsets. Digit groups take English
 * thousands separators (comma, or a space, no-break space, thin space or narrow no-break space
 * before exactly three digits) and one decimal point; a run of dotted digit groups such as
 * "192.168.1.2" or "1.2.3" is one {@link Kind#CODE} token (an address or version, not a figure).
 */
final class NumberLexer {
  static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
  private static final String GROUP_SPACES = " \u00A0\u2009\u202F\u2007";

  private NumberLexer() {}

  static List<NumberToken> lex(String text) {
    List<NumberToken> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean spaced = true;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        spaced = true;
        i++;
        continue;
      }
      int end;
      if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1))
          && (i == 0 || !isDigit(text.charAt(i - 1))))) {
        end = digits(text, i, out, spaced);
      } else if (Character.isLetter(c)) {
        end = i;
        while (end < n && Character.isLetter(text.charAt(end))) end++;
        out.add(new NumberToken(Kind.WORD, text.substring(i, end), i, end, 0, false, false, spaced));
      } else {
        end = i + Character.charCount(text.codePointAt(i));
        out.add(new NumberToken(Kind.SYMBOL, text.substring(i, end), i, end, 0, false, false, spaced));
      }
      spaced = false;
      i = end;
    }
    return out;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int start, List<NumberToken> out, boolean spaced) {
    int n = text.length();
    int i = start;
    while (i < n && isDigit(text.charAt(i))) i++;
    boolean grouped = false;
    char separator = 0;
    boolean gluedToLetter = start > 0 && Character.isLetter(text.charAt(start - 1));
    while (i - start <= 3 || grouped) {
      if (i >= n || !isGroupSeparator(text, i, separator)) break;
      if (gluedToLetter && text.charAt(i) != ',') break;
      separator = text.charAt(i);
      grouped = true;
      i += 4;
    }
    boolean decimal = false;
    if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
      decimal = true;
      i++;
      while (i < n && isDigit(text.charAt(i))) i++;
    }
    if (decimal && i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
      while (i < n && (isDigit(text.charAt(i)) || (text.charAt(i) == '.' && i + 1 < n
          && isDigit(text.charAt(i + 1))))) i++;
      out.add(new NumberToken(Kind.CODE, text.substring(start, i), start, i, 0, false, false, spaced));
      return i;
    }
    String raw = text.substring(start, i);
    double value = Double.parseDouble(digitsOnly(raw));
    out.add(new NumberToken(Kind.DIGITS, raw, start, i, value, grouped, decimal, spaced));
    return i;
  }

  private static String digitsOnly(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (isDigit(c) || c == '.') b.append(c);
    }
    return b.toString();
  }

  /** A separator followed by exactly three digits and then no further digit. */
  private static boolean isGroupSeparator(String text, int i, char previous) {
    char c = text.charAt(i);
    boolean comma = c == ',';
    if (!comma && GROUP_SPACES.indexOf(c) < 0) return false;
    if (previous != 0 && previous != c) return false;
    int n = text.length();
    for (int k = 1; k <= 3; k++) {
      if (i + k >= n || !isDigit(text.charAt(i + k))) return false;
    }
    // "20 122 mm rockets": a calibre after a space is no group of the number before it
    if (!comma && CALIBRE_AFTER.matcher(text).region(i + 4, n).lookingAt()) return false;
    return i + 4 >= n || !isDigit(text.charAt(i + 4));
  }

  /** A calibre's unit right after its number: "122 mm", "155-mm", "120mm". */
  static final java.util.regex.Pattern CALIBRE_AFTER = java.util.regex.Pattern.compile("[\\s-]?mm\\b");
}
