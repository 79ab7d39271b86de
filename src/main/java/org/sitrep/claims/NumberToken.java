package org.sitrep.claims;

import java.util.Locale;

/**
 * One token of the quantity lexer: a word, a digit group or a single symbol.
 *
 * @param kind what the token is
 * @param text the characters as written
 * @param lower the characters in lower case
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param value the value of a {@link Kind#DIGITS} token, else 0
 * @param grouped true when digits were written with group separators ("12,000", "40 000")
 * @param decimal true when digits have a decimal point
 * @param spaced true when white space separates this token from the previous one
 */
record NumberToken(
    Kind kind, String text, String lower, int start, int end, double value, boolean grouped,
    boolean decimal, boolean spaced) {

  NumberToken(Kind kind, String text, int start, int end, double value, boolean grouped,
      boolean decimal, boolean spaced) {
    this(kind, text, text.toLowerCase(Locale.ROOT), start, end, value, grouped, decimal, spaced);
  }

  enum Kind { WORD, DIGITS, CODE, SYMBOL }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isDigits() {
    return kind == Kind.DIGITS;
  }

  boolean isSymbol(String s) {
    return kind == Kind.SYMBOL && text.equals(s);
  }

  boolean isWord(String w) {
    return kind == Kind.WORD && text.equalsIgnoreCase(w);
  }

  /** A plain integer as written: no separators, no decimals. */
  boolean isPlainInteger() {
    return kind == Kind.DIGITS && !grouped && !decimal;
  }

  boolean isDash() {
    return kind == Kind.SYMBOL && NumberLexer.DASHES.indexOf(text.charAt(0)) >= 0;
  }
}
