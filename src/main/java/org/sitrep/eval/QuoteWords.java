package org.sitrep.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the words of a quotation, the size filter of the quote evaluation. A word is a run of
 * {@code \w} characters (Unicode letters, digits and underscore), so "don't" counts two.
 */
final class QuoteWords {
  /** Quotes shorter than this (scare quotes, titles) are out of scope on both sides. */
  static final int MIN_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private QuoteWords() {}

  /** The words of a text. */
  static int words(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) n++;
    return n;
  }

  /**
   * The words inside double quotation marks in a text: a left mark (“ „ «) opens, a right mark (” »)
   * closes, a straight mark toggles. A closing mark before any opening one means the text began
   * inside a quotation; an opening mark never closed runs to the end.
   */
  static int quotedWords(String text) {
    StringBuilder inside = new StringBuilder();
    boolean in = false;
    boolean seen = false;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean open = c == '“' || c == '„' || c == '«' || (c == '"' && !in);
      boolean close = c == '”' || c == '»' || (c == '"' && in);
      if (!open && !close) continue;
      if (close && !seen && !in) inside.append(text, 0, i).append(' ');
      if (close && in) inside.append(text, from, i).append(' ');
      in = open;
      from = i + 1;
      seen = true;
    }
    if (in) inside.append(text, from, text.length());
    return words(inside.toString());
  }
}
