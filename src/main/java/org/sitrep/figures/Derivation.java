package org.sitrep.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Totals derived from increments, only where the text supports it: the increment's sentence must
 * say it adds to an existing count ("another", "additional", "more", "reinforcements", "bringing"),
 * and the same claimant must have given a total or snapshot of the same quantity on or before it.
 */
final class Derivation {
  private static final Pattern ADDING = Pattern.compile(
      "\\b(another|additional|more|further|extra|reinforcements?|bringing|raising)\\b");
  static final Set<String> COUNTS = Set.of("total", "snapshot");

  private Derivation() {}

  static List<Derived> derive(List<Estimate> increments, List<Estimate> counts) {
    List<Derived> out = new ArrayList<>();
    for (Estimate inc : increments) {
      String cue = cue(inc.evidence());
      if (cue == null || inc.low() == null) continue;
      Estimate before = null;
      for (Estimate c : counts) {
        if (!c.claimantKey().equals(inc.claimantKey()) || c.low() == null) continue;
        if (c.firstDay() == null || inc.firstDay() == null || c.firstDay().compareTo(inc.firstDay()) > 0) continue;
        if (before == null || c.firstDay().compareTo(before.firstDay()) >= 0) before = c;
      }
      if (before == null) continue;
      double value = Reconciler.amount(before).top() + Reconciler.amount(inc).top();
      out.add(new Derived(inc.claimant(), inc.firstDay(), value, "derived: " + before.range()
          + " (" + before.claimant() + ", " + before.firstDay() + ") + " + inc.range() + " ("
          + inc.firstDay() + "), because the text says \"" + cue + "\""));
    }
    return out;
  }

  private static String cue(String evidence) {
    if (evidence == null) return null;
    Matcher m = ADDING.matcher(evidence.toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) : null;
  }
}
