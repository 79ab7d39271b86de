package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.nlp.Datelines;
import org.sitrep.time.TimeExpression;

/**
 * The wire dateline that opens many articles ("KYIV, March 8 (Reuters) -"). Its date is when the
 * story was filed, not when anything in it happened, so it dates no event or figure.
 */
final class Dateline {
  private Dateline() {}

  /** The end offset of the dateline at the start of a text, or 0 when there is none. */
  static int end(String text) {
    return Datelines.datedEnd(text);
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
