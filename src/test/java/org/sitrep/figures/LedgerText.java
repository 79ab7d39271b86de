package org.sitrep.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ledger as plain text, without thread ids or article ids, for comparing with a hand-written one. */
final class LedgerText {
  private LedgerText() {}

  static String of(Ledger ledger, LocalDate asOf) {
    ThreadFilter filter = new ThreadFilter(null, null, null, null, null, asOf, ThreadFilter.STALE_DAYS);
    List<ThreadView> views = new ArrayList<>();
    for (ThreadLine line : ledger.threads(filter)) views.add(ledger.thread(line.id(), filter).orElseThrow());
    views.sort(Comparator.comparing((ThreadView v) -> v.line().measure())
        .thenComparing(v -> v.line().kind()).thenComparing(v -> v.line().subject()));
    StringBuilder out = new StringBuilder();
    for (ThreadView v : views) append(out, v);
    return out.toString();
  }

  private static void append(StringBuilder out, ThreadView v) {
    ThreadLine l = v.line();
    out.append("THREAD ").append(l.subject()).append(" | ").append(l.measure()).append(" | ")
        .append(l.kind()).append(" | latest ").append(l.latest()).append(" | envelope ")
        .append(l.envelope()).append(" | claimants ").append(l.claimants()).append(" | flags ")
        .append(l.flags().isEmpty() ? "-" : String.join(",", l.flags())).append(" | last ")
        .append(l.lastDay()).append(" | claims ").append(l.claims()).append(" in ")
        .append(l.stories()).append(" stories\n");
    out.append("  basis ").append(l.basis()).append('\n');
    for (Estimate e : v.reconciled().estimates()) {
      out.append("  estimate ").append(e.claimant()).append(" | ").append(e.range()).append(" | ")
          .append(e.firstDay()).append("..").append(e.lastDay()).append(" | stories ")
          .append(e.stories()).append(" | ").append(String.join(", ", e.outlets())).append('\n');
    }
    for (String latest : l.latestByClaimant()) out.append("  latest ").append(latest).append('\n');
    for (Derived d : v.derived()) {
      out.append("  derived ").append(d.range()).append(" | ").append(d.explanation()).append('\n');
    }
  }
}
