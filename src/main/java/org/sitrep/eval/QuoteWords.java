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
   * The words of the longest quotation inside a text: a left double mark (“ „ «) opens, a right one
   * (” ») closes, a straight one toggles. A closing mark before any opening one means the text began
   * inside a quotation; an opening mark never closed runs to the end. Several short quotations
   * ("called it “sick” and “sad”") do not add up: each is a quote of its own.
   */
  static int longestQuoteWords(String text) {
    int best = 0;
    boolean in = false;
    boolean seen = false;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean open = c == '“' || c == '„' || c == '«' || (c == '"' && !in);
      boolean close = c == '”' || c == '»' || (c == '"' && in);
      if (!open && !close) continue;
      if (close && !seen && !in) best = Math.max(best, words(text.substring(0, i)));
      if (close && in) best = Math.max(best, words(text.substring(from, i)));
      in = open;
      from = i + 1;
      seen = true;
    }
    if (in) best = Math.max(best, words(text.substring(from)));
    return best;
  }
}
