package org.sitrep.figures;

import java.util.List;

/**
 * One line of the thread table.
 *
 * @param latest the central range of the claimants' latest estimates
 * @param envelope the lowest low and highest high of every claim
 * @param flags disputed, stale, revised, in that order, those that hold
 * @param latestByClaimant "Claimant: range (day)" per claimant
 * @param incident the day (or "2025-06-10TNI", the night) of the one incident the thread counts, or null
 * @param place the place the thread is grouped by (a place's name in lower case, or a state's id),
 *     or null
 * @param area the state the thread's place lies in ("UKR" for Kharkiv), or null when unknown
 */
public record ThreadLine(String id, String subject, String measure, String kind, String latest,
    String envelope, int claimants, List<String> flags, String lastDay, int claims, int stories,
    String basis, List<String> latestByClaimant, String incident, String place, String area) {

  public ThreadLine {
    flags = List.copyOf(flags);
    latestByClaimant = List.copyOf(latestByClaimant);
  }

  /** The kind, with an incident's day or night: "total", "incident 2025-06-10", "incident 2025-06-10 night". */
  public String kindAndDay() {
    return incident == null ? kind : kind + " " + IncidentLine.when(incident);
  }
}
