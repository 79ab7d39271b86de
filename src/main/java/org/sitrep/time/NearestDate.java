package org.sitrep.time;

import java.util.List;
import org.sitrep.record.TimeRef;

/** Picks the date expression that dates an item: the DATE nearest to it within its sentence. */
public final class NearestDate {
  private NearestDate() {}

  /** The DATE expression inside [from, to) nearest to an anchor offset, as a TimeRef, or null. */
  public static TimeRef in(List<TimeExpression> times, int from, int to, int anchor) {
    TimeExpression best = null;
    for (TimeExpression t : times) {
      if (t.start() < from || t.end() > to || !"DATE".equals(t.type())) continue;
      if (best == null || Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor)) best = t;
    }
    return best == null ? null : new TimeRef(best.text(), best.value(), best.start(), best.end());
  }
}
