package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.figures.Derived;
import org.sitrep.figures.Estimate;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.ThreadLine;
import org.sitrep.figures.ThreadView;

/** The tables of {@code sitrep figures}: threads, and one thread's history by claimant. */
final class FiguresTable {
  private FiguresTable() {}

  static Table threads(List<ThreadLine> lines) {
    Table t = new Table(Table.Column.of("THREAD", 11), Table.Column.flex("SUBJECT"),
        Table.Column.of("MEASURE", 20), Table.Column.of("KIND", 25), Table.Column.of("LATEST", 20),
        Table.Column.of("CLAIMANTS", 9), Table.Column.flex("CLAIMED BY"), Table.Column.of("FLAGS", 24),
        Table.Column.of("LAST", 10));
    for (ThreadLine l : lines) {
      t.add(l.id(), l.subject(), l.measure(), l.kindAndDay(), l.latest(), String.valueOf(l.claimants()),
          claimedBy(l), String.join(",", l.flags()), l.lastDay());
    }
    return t;
  }

  static Table incidents(List<IncidentLine> lines) {
    Table t = new Table(Table.Column.of("DAY", 16), Table.Column.of("PLACE", 16), Table.Column.flex("FIGURES"),
        Table.Column.flex("CLAIMED BY"), Table.Column.of("FLAGS", 8), Table.Column.of("THREADS", 40));
    for (IncidentLine l : lines) {
      t.add(l.when(), l.place() == null ? "-" : l.place(), String.join("; ", l.figures()),
          String.join("; ", l.claimants()), l.disputed() ? "disputed" : "",
          String.join(" ", l.threads().stream().map(ThreadLine::id).toList()));
    }
    return t;
  }

  /** The claimants' names, from "Claimant: range (day)". */
  static String claimedBy(ThreadLine l) {
    StringBuilder b = new StringBuilder();
    for (String s : l.latestByClaimant()) {
      if (b.length() > 0) b.append("; ");
      int colon = s.lastIndexOf(": ");
      b.append(s, 0, colon < 0 ? s.length() : colon);
    }
    return b.toString();
  }

  static void header(ThreadView view, PrintWriter out) {
    ThreadLine l = view.line();
    out.println(l.id() + ": " + l.subject() + " - " + l.measure() + " (" + l.kindAndDay() + ")");
    out.println("grouped by: " + l.basis());
    out.println("latest (central): " + l.latest() + "   envelope: " + l.envelope() + "   claims: "
        + l.claims() + " in " + l.stories() + " stories   flags: "
        + (l.flags().isEmpty() ? "-" : String.join(", ", l.flags())));
    for (String latest : l.latestByClaimant()) out.println("  latest " + latest);
    for (Derived d : view.derived()) {
      out.println("  total " + d.range() + " by " + d.claimant() + " " + d.day() + " (" + d.explanation() + ")");
    }
    out.println();
  }

  static Table history(ThreadView view) {
    Table t = new Table(Table.Column.of("CLAIMANT", 22), Table.Column.of("FIRST", 10),
        Table.Column.of("LAST", 10), Table.Column.of("FIGURE", 20), Table.Column.of("STORIES", 7),
        Table.Column.of("OUTLETS", 24), Table.Column.flex("EVIDENCE"), Table.Column.of("CLAIM", 16));
    List<Estimate> byClaimant = view.reconciled().estimates().stream()
        .sorted(java.util.Comparator.comparing(Estimate::claimantKey)
            .thenComparing(Estimate::firstDay, java.util.Comparator.nullsFirst(String::compareTo)))
        .toList();
    for (Estimate e : byClaimant) {
      String claim = e.claims().get(0);
      int hash = claim.lastIndexOf('#');
      String shortId = claim.substring(0, Math.min(hash, Table.ID_WIDTH)) + claim.substring(hash);
      t.add(e.claimant(), e.firstDay(), e.lastDay(), e.range(), String.valueOf(e.stories()),
          String.join(", ", e.outlets()), e.evidence(), shortId);
    }
    return t;
  }
}
