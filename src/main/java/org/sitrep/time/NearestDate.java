package org.sitrep.time;

import java.util.List;
import org.sitrep.record.TimeRef;

/**
 * Picks the date expression that dates an item: the DATE nearest to it within its sentence, or for
 * a figure a window back from the report ("in the past seven days").
 */
public final class NearestDate {
  private NearestDate() {}

  /**
   * The DATE expression inside [from, to) nearest to an anchor offset, as a TimeRef, or null; a
   * DURATION that is a window back from the report ("the past seven days", "the last 24 hours")
   * counts too, since it gives the period a figure was counted over.
   */
  public static TimeRef in(List<TimeExpression> times, int from, int to, int anchor) {
    return nearest(times, from, to, anchor, false);
  }

  /** "the past seven days", "the last 24 hours", "the previous two weeks": a window back from the report. */
  public static final java.util.regex.Pattern WINDOW = java.util.regex.Pattern.compile(
      "(?i)^the\\s+(?:past|last|previous)\\s+(?:[\\w-]+\\s+)?(?:hours?|days?|nights?|weeks?|months?|years?)$");

  /** As {@link #in}, and a TIME of a known day counts too: "overnight", "on Friday evening". */
  public static TimeRef dayOrTime(List<TimeExpression> times, int from, int to, int anchor) {
    return nearest(times, from, to, anchor, true);
  }

  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static TimeRef nearest(List<TimeExpression> times, int from, int to, int anchor, boolean timesOfDay) {
    TimeExpression best = null;
    for (TimeExpression t : times) {
      boolean dated = "DATE".equals(t.type())
          || timesOfDay && "TIME".equals(t.type()) && t.value() != null && DAY.matcher(t.value()).matches()
          || !timesOfDay && "DURATION".equals(t.type()) && WINDOW.matcher(t.text()).matches();
      if (t.start() < from || t.end() > to || !dated) continue;
      if (best == null || Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor)) best = t;
    }
    return best == null ? null : new TimeRef(best.text(), best.value(), best.start(), best.end());
  }
}
