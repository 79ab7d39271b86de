package org.sitrep.figures;

import java.util.List;

/**
 * One figure as a claimant stated it, however many articles and outlets repeated it.
 *
 * @param claimantKey the claimant's actor id, else its name in lower case, else "(unattributed)"
 * @param firstDay when the claimant first gave this figure; {@code lastDay} when it was last repeated
 * @param stories how many stories carried it (a wire story in twenty outlets counts once)
 * @param outlets every outlet that carried it
 * @param claims the claims, as {@code ARTICLEID#ORD}
 * @param evidence the sentence of the earliest article
 */
public record Estimate(String claimantKey, String claimant, Double low, Double high,
    String qualifier, String range, String firstDay, String lastDay, int stories,
    List<String> outlets, List<String> claims, String evidence) {

  public Estimate {
    outlets = List.copyOf(outlets);
    claims = List.copyOf(claims);
  }
}
