package org.sitrep.figures;

import java.time.LocalDate;

/**
 * Which threads to list. Null means no filter.
 *
 * @param text words in the subject or the measure
 * @param actor the subject's state or a claimant's actor id
 * @param measure the measure, e.g. killed
 * @param kind total, increment, incident, rate or snapshot
 * @param since only threads with a claim on or after this day
 * @param asOf the day the stale flag is measured from (default: the newest article's day)
 * @param staleDays a thread whose newest claim is older than this is stale
 */
public record ThreadFilter(String text, String actor, String measure, String kind, LocalDate since,
    LocalDate asOf, int staleDays) {
  /** The kinds a thread may be of. */
  public static final java.util.List<String> KINDS = java.util.List.of("total", "increment", "incident", "rate", "snapshot");

  /** A thread with no claim for three months is stale by default. */
  public static final int STALE_DAYS = 90;

  public static ThreadFilter all() {
    return new ThreadFilter(null, null, null, null, null, null, STALE_DAYS);
  }
}
