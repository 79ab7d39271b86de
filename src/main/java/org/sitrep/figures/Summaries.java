package org.sitrep.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.store.LedgerStore.Claimant;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Summarizer;
import org.sitrep.store.LedgerStore.Summary;
import org.sitrep.store.LedgerStore.Totals;

/**
 * A thread's summary row, built from a row per claimant (its latest estimate and how many it
 * gave) and the thread's totals, so that a new claim re-reads only its own claimant's claims. The
 * result is the one {@link Reconciler} gives from every claim of the thread; {@link #of(List)}
 * computes it that way, for tests and for checking.
 */
final class Summaries implements Summarizer {
  static final Summaries RULES = new Summaries();

  private Summaries() {}

  @Override
  public Claimant claimant(List<Entry> own) {
    List<Estimate> estimates = Reconciler.estimates(own);
    Estimate latest = estimates.get(estimates.size() - 1);
    Entry any = own.get(0);
    return new Claimant(any.thread(), latest.claimantKey(), latest.claimant(), latest.low(),
        latest.high(), latest.qualifier(), latest.firstDay(), estimates.size(), own.size(),
        Reconciler.onlyEarlier(latest, own), Reconciler.revises(estimates, any.kind(), own), Reconciler.risen(latest));
  }

  @Override
  public Summary thread(Totals t) {
    List<Estimate> latest = t.claimants().stream()
        .sorted(Comparator.comparing(Claimant::claimantKey)).map(Summaries::latest).toList();
    boolean revised = !t.increments() && t.claimants().stream().anyMatch(Claimant::revised);
    Entry first = t.first();
    Set<String> earlier = t.claimants().stream().filter(Claimant::earlier).map(Claimant::claimantKey)
        .collect(Collectors.toSet());
    Set<String> risen = t.claimants().stream().filter(Claimant::risen).map(Claimant::claimantKey)
        .collect(Collectors.toSet());
    List<Estimate> standing = Reconciler.current(t.incidents() ? Reconciler.standing(latest, earlier, risen) : latest,
        t.first().kind());
    boolean disputed = !t.increments() && Reconciler.disputed(standing);
    ThreadKey key = new ThreadKey(first.measure(), first.kind(), first.per(), first.state(),
        first.noun(), first.place(), first.fate(), first.incident(), first.period());
    String basis = key.basis() + (t.mixed() ? " (merged or split by hand)" : "");
    String packed = latest.stream()
        .map(e -> e.claimantKey() + "=" + e.claimant() + ": " + e.range() + " (" + e.firstDay() + ")")
        .collect(Collectors.joining("; "));
    return new Summary(first.thread(), first.base(), first.measure(), first.kind(), first.per(),
        first.unit(), label(t.subjects(), first.noun()), first.state(), first.noun(), first.place(),
        basis, t.claims(), t.stories(), latest.size(), t.firstDay(), t.lastDay(), t.low(), t.high(),
        Reconciler.median(standing, true), Reconciler.median(standing, false), disputed, revised,
        packed, first.fate(), first.incident(), first.period(), area(first));
  }

  /** The state a thread's place lies in: its claims' place path's first part, or the state it is keyed at. */
  private static String area(Entry e) {
    if (e.placePath() != null) {
      int slash = e.placePath().indexOf('/');
      return slash < 0 ? e.placePath() : e.placePath().substring(0, slash);
    }
    return e.place() != null && ThreadKey.COUNTRY.matcher(e.place()).matches() ? e.place() : null;
  }

  private static Estimate latest(Claimant c) {
    return new Estimate(c.claimantKey(), c.claimant(), c.low(), c.high(), c.qualifier(),
        new Amount(c.low(), c.high(), c.qualifier()).toString(), c.firstDay(), null, 0, List.of(),
        List.of(), null);
  }

  /** The summary computed from every claim of the thread at once. */
  static Summary of(List<Entry> entries) {
    Map<String, List<Entry>> byClaimant = new TreeMap<>();
    for (Entry e : entries) byClaimant.computeIfAbsent(Reconciler.key(e), k -> new ArrayList<>()).add(e);
    List<Claimant> claimants = byClaimant.values().stream().map(RULES::claimant).toList();
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(Comparator.comparing(Entry::day, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .thenComparing(Entry::articleId).thenComparingInt(Entry::ord));
    Map<String, Integer> subjects = new TreeMap<>();
    entries.stream().filter(e -> !none(e)).map(Entry::subject).filter(Objects::nonNull)
        .forEach(s -> subjects.merge(s, 1, Integer::sum));
    Reconciled r = Reconciler.reconcile(entries);
    boolean increments = entries.stream().allMatch(e -> "increment".equals(e.kind()));
    boolean incidents = entries.stream().allMatch(e -> ThreadKey.INCIDENT.equals(e.kind()));
    boolean mixed = entries.stream().map(Entry::base).distinct().count() > 1;
    return RULES.thread(new Totals(ordered.get(0), r.claims(), r.stories(), r.firstDay(),
        r.lastDay(), r.low(), r.high(), mixed, increments, incidents, subjects, claimants));
  }

  /** A figure of none, a denial's: its words label no thread. */
  static boolean none(Entry e) {
    return e.low() != null && e.low() == 0 && (e.high() == null || e.high() == 0);
  }

  /** The subject words most claims use (ties: alphabetical), else the noun class. */
  private static String label(Map<String, Integer> subjects, String noun) {
    Map<String, Integer> counts = new TreeMap<>();
    subjects.forEach((s, n) -> {
      if (!s.isBlank()) counts.merge(s.strip(), n, Integer::sum);
    });
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(noun);
  }
}
