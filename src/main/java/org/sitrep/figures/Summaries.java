package org.sitrep.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Summary;

/** A thread's summary row, computed from its entries. */
final class Summaries {
  private Summaries() {}

  static Summary of(List<Entry> entries) {
    Reconciled r = Reconciler.reconcile(entries);
    Entry first = entries.get(0);
    ThreadKey key = new ThreadKey(first.measure(), first.kind(), first.per(), first.state(),
        first.noun(), first.place());
    boolean mixed = entries.stream().anyMatch(e -> !e.base().equals(first.base()));
    String basis = key.basis() + (mixed ? " (merged or split by hand)" : "");
    String latest = r.latest().stream()
        .map(e -> e.claimantKey() + "=" + e.claimant() + ": " + e.range() + " (" + e.firstDay() + ")")
        .collect(Collectors.joining("; "));
    return new Summary(first.thread(), first.base(), first.measure(), first.kind(), first.per(),
        first.unit(), label(entries), first.state(), first.noun(), first.place(), basis, r.claims(),
        r.stories(), r.latest().size(), r.firstDay(), r.lastDay(), r.low(), r.high(),
        r.centralLow(), r.centralHigh(), r.disputed(), r.revised(), latest);
  }

  /** The subject words most claims use (ties: alphabetical), else the noun class. */
  private static String label(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries) {
      if (e.subject() != null && !e.subject().isBlank()) counts.merge(e.subject().strip(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(entries.get(0).noun());
  }
}
