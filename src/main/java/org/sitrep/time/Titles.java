package org.sitrep.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time words capitalised inside a quoted name are part of that name, not a time: a programme
 * ("``60 Minutes''", "\"This Week\""), a film ("``High Noon''"). An expression is such a name when
 * a quotation opens just before it (or before the capitalised words leading up to it) and a word of
 * it that is not a month, a weekday, a holiday or a time zone is capitalised where a sentence does
 * not start. Unquoted title case (a headline) is left alone.
 */
final class Titles {
  /** Capitalised words that belong to times: months, weekdays, holidays, zones. */
  private static final Pattern PROPER =
      Pattern.compile(
          "(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
              + "|Thursday|Friday|Saturday|Sunday|Christmas|Eve|Day|New|Year's|Thanksgiving"
              + "|Election|Independence|Boxing|Easter|Good|Holy|FY|[A-Z]{2,5})");

  /** Where a sentence or a quotation may start: text start, sentence end, quote, dash, line. */
  private static final Pattern OPENING =
      Pattern.compile("(?:^|[.!?:;][\"'`’”)]*\\s+|[\"`“‘(\\[]\\s*|\\n\\s*|\\s[_–—-]{1,2}\\s+)$");

  /** An opening quote, then up to three capitalised words: the start of a quoted name. */
  private static final Pattern QUOTED =
      Pattern.compile("(?:[\"“‘`]|'')(?:\\p{Lu}[\\p{L}\\p{N}'.]* ){0,3}$");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private Titles() {}

  /** Whether {@code e} reads as part of a name in {@code text}. */
  static boolean inName(CharSequence text, TimeExpression e) {
    if (!QUOTED.matcher(text.subSequence(Math.max(0, e.start() - 40), e.start())).find()) {
      return false;
    }
    Matcher w = WORD.matcher(e.text());
    boolean first = true;
    String previous = "";
    while (w.find()) {
      String word = w.group();
      boolean capital =
          Character.isUpperCase(word.charAt(0))
              && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
      if (capital && !PROPER.matcher(word).matches() && !holyWeek(previous, word)) {
        if (!first || !opensSentence(text, e.start() + w.start())) return true;
      }
      first = false;
      previous = word;
    }
    return false;
  }

  private static boolean holyWeek(String previous, String word) {
    return word.equals("Week") && (previous.equals("Holy") || previous.equals("Easter"));
  }

  private static boolean opensSentence(CharSequence text, int at) {
    return OPENING.matcher(text.subSequence(Math.max(0, at - 12), at)).find();
  }
}
