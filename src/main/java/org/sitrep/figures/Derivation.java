package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Totals derived from increments, only where the text supports it: each increment's sentence must
 * say it adds to an existing count ("another", "additional", "more", "further", "reinforcements"),
 * and the same claimant must have given a total or snapshot of the same quantity before it. The
 * derived total is that count plus every such increment of the claimant since, up to this one.
 */
final class Derivation {
  private static final Pattern ADDING = Pattern.compile(
      "\\b(another|additional|more|further|extra|reinforcements?|bringing|raising)\\b");
  static final Set<String> COUNTS = Set.of("total", "snapshot");

  private Derivation() {}

  static List<Derived> derive(List<Estimate> increments, List<Estimate> counts) {
    List<Derived> out = new ArrayList<>();
    for (Estimate inc : increments) {
      if (cue(inc.evidence()) == null || inc.low() == null || inc.firstDay() == null) continue;
      Estimate before = latestBefore(inc, counts);
      if (before == null) continue;
      double low = before.low();
      double high = Reconciler.amount(before).top();
      StringBuilder how = new StringBuilder("derived: " + before.range() + " (" + before.firstDay() + ")");
      for (Estimate added : increments) {
        String cue = cue(added.evidence());
        if (!added.claimantKey().equals(inc.claimantKey()) || cue == null || added.low() == null
            || added.firstDay() == null || added.firstDay().compareTo(before.firstDay()) <= 0
            || added.firstDay().compareTo(inc.firstDay()) > 0) {
          continue;
        }
        low += added.low();
        high += Reconciler.amount(added).top();
        how.append(" + ").append(added.range()).append(" (").append(added.firstDay())
            .append(", \"").append(cue).append("\")");
      }
      out.add(new Derived(inc.claimant(), inc.firstDay(), low, high, Amount.range(low, high),
          how.toString()));
    }
    return out;
  }

  private static Estimate latestBefore(Estimate inc, List<Estimate> counts) {
    Estimate before = null;
    for (Estimate c : counts) {
      if (!c.claimantKey().equals(inc.claimantKey()) || c.low() == null || c.firstDay() == null) continue;
      if (c.firstDay().compareTo(inc.firstDay()) >= 0) continue;
      if (before == null || c.firstDay().compareTo(before.firstDay()) > 0) before = c;
    }
    return before;
  }

  private static String cue(String evidence) {
    if (evidence == null) return null;
    Matcher m = ADDING.matcher(evidence.toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) : null;
  }
}
