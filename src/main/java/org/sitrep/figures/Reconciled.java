package org.sitrep.figures;

import java.util.List;

/**
 * A thread reconciled: every estimate, the latest per claimant, the envelope (lowest low, highest
 * high of every claim) and the central range (median of the latest lows to median of the latest
 * highs), and the flags.
 */
public record Reconciled(List<Estimate> estimates, List<Estimate> latest, Double low, Double high,
    Double centralLow, Double centralHigh, boolean disputed, boolean revised, String firstDay,
    String lastDay, int claims, int stories) {

  public Reconciled {
    estimates = List.copyOf(estimates);
    latest = List.copyOf(latest);
  }
}
