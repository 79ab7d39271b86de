package org.sitrep.pipeline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.TimeExpression;

/**
 * The wire dateline that opens many articles ("KYIV, March 8 (Reuters) -"). Its date is when the
 * story was filed, not when anything in it happened, so it dates no event or figure.
 */
final class Dateline {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?,\\s*"
          + "\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");

  private Dateline() {}

  /** The end offset of the dateline at the start of a text, or 0 when there is none. */
  static int end(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  /**
   * The text with its dateline blanked out, same length, so that the parser reads the first
   * sentence as a sentence and every offset still points into the original text.
   */
  static String blanked(String text) {
    int end = end(text);
    return end == 0 ? text : " ".repeat(end) + text.substring(end);
  }

  /** The time expressions outside the dateline. */
  static List<TimeExpression> outside(String text, List<TimeExpression> times) {
    int end = end(text);
    return end == 0 ? times : times.stream().filter(t -> t.start() >= end).toList();
  }
}
