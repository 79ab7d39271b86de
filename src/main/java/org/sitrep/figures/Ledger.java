package org.sitrep.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.record.Record;
import org.sitrep.store.LedgerStore;
import org.sitrep.store.LedgerStore.Change;
import org.sitrep.store.LedgerStore.Correction;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Source;
import org.sitrep.store.LedgerStore.Summary;

/**
 * The figures ledger of a store: the library call behind {@code sitrep figures} and the web view.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open("sitrep.db")) {
 *   ledger.sync();                       // index what ingest added, drop what was deleted
 *   for (ThreadLine t : ledger.threads(ThreadFilter.all())) ...
 *   ledger.thread(id).ifPresent(view -> ...);
 * }
 * }</pre>
 *
 * Ingest calls {@link #update(Record)} after each put and {@link #flush()} at the end, so that
 * listing never has to catch up; {@link #sync()} catches up with anything else (articles stored
 * without the hook, deleted or re-analysed) and must be called before reading. A ledger holds one
 * database connection; its public calls are serialised on it, so a web server may share one.
 */
public final class Ledger implements AutoCloseable {
  /** Articles indexed per transaction when catching up with the store. */
  static final int SYNC_BATCH = 500;
  private final LedgerStore store;

  private Ledger(LedgerStore store) {
    this.store = store;
  }

  /** Opens the ledger of an existing store. */
  public static Ledger open(String location) {
    return new Ledger(LedgerStore.open(location));
  }

  /** Brings the ledger level with the store; returns how many articles were indexed or dropped. */
  public synchronized int sync() {
    flush();
    LedgerStore.Pending pending = store.pending();
    if (pending.isEmpty()) return 0;
    Corrections corrections = new Corrections(store.corrections());
    IncidentLinks links = new IncidentLinks(corrections);
    List<Change> changes = new ArrayList<>();
    for (String id : pending.drop()) changes.add(new Change(id, null, null));
    for (String id : pending.index()) {
      changes.add(change(id, store.source(id), corrections));
      if (changes.size() >= SYNC_BATCH) {
        store.apply(changes, links, Summaries.RULES);
        changes.clear();
      }
    }
    if (!changes.isEmpty()) store.apply(changes, links, Summaries.RULES);
    return pending.index().size() + pending.drop().size();
  }

  /** Re-indexes one article after it was stored, or drops it when it is gone: the ingest hook. */
  public synchronized void update(String articleId) {
    Corrections corrections = new Corrections(store.corrections());
    store.apply(List.of(change(articleId, store.source(articleId), corrections)), new IncidentLinks(corrections),
        Summaries.RULES);
  }

  /**
   * The ingest hook with the record in hand: groups its claims into threads without reading the
   * record back (only its article row: story, day, outlet), and marks the threads and claimants
   * they join or leave as due. Call after {@code store.put(record, version)}, and {@link #flush()}
   * when the batch is done; {@link #sync()} flushes too, so readers never see a stale summary.
   */
  public synchronized void update(Record record) {
    String id = record.article().id();
    Optional<Source> article = store.article(id)
        .map(a -> new Source(record, a.storyId(), a.day(), a.outlet(), a.version()));
    Corrections corrections = new Corrections(store.corrections());
    store.stage(List.of(change(id, article, corrections)), new IncidentLinks(corrections));
  }

  /**
   * Re-summarises the threads and claimants that staged updates touched, each once; returns how
   * many threads. Only those threads' claimant rows and claims are read.
   */
  public synchronized int flush() {
    return store.flush(Summaries.RULES);
  }

  private static Change change(String articleId, Optional<Source> source, Corrections corrections) {
    if (source.isEmpty()) return new Change(articleId, null, null);
    return new Change(articleId, source.get().version(), Entries.of(source.get(), corrections));
  }

  /** The thread table, newest claim first. */
  public synchronized List<ThreadLine> threads(ThreadFilter filter) {
    LocalDate asOf = asOf(filter);
    List<ThreadLine> out = new ArrayList<>();
    for (Summary s : store.threads()) {
      if (Lines.matches(s, filter)) out.add(Lines.of(s, asOf, filter.staleDays()));
    }
    return out;
  }

  /** The incidents the filter's incident threads count, newest first ({@link IncidentLine}). */
  public synchronized List<IncidentLine> incidents(ThreadFilter filter) {
    ThreadFilter incidents = new ThreadFilter(filter.text(), filter.actor(), filter.measure(), ThreadKey.INCIDENT,
        filter.since(), filter.asOf(), filter.staleDays());
    return IncidentLine.of(threads(incidents));
  }

  /** A thread by id or unique id prefix. */
  public synchronized Optional<ThreadView> thread(String id, ThreadFilter filter) {
    Optional<String> full = resolve(id);
    if (full.isEmpty()) return Optional.empty();
    Summary s = store.thread(full.get()).orElseThrow();
    Reconciled r = Reconciler.reconcile(store.entries(s.thread()));
    List<Derived> derived = List.of();
    if ("increment".equals(s.kind())) derived = Derivation.derive(r.estimates(), counts(s));
    return Optional.of(new ThreadView(Lines.of(s, asOf(filter), filter.staleDays()), r, derived));
  }

  /** The estimates of the totals and snapshots of the same quantity as an increments thread. */
  private List<Estimate> counts(Summary increments) {
    List<Estimate> out = new ArrayList<>();
    for (String kind : Derivation.COUNTS) {
      String base = increments.base().replaceFirst("^([^|]*)\\|increment\\|", "$1|" + kind + "|");
      List<Entry> entries = store.entries(ThreadKey.idOf(base));
      if (!entries.isEmpty()) out.addAll(Reconciler.reconcile(entries).estimates());
    }
    return out;
  }

  /** The thread of each of an article's claims, by the claim's position in the record. */
  public synchronized java.util.Map<Integer, String> threadsOf(String articleId) {
    java.util.Map<Integer, String> out = new java.util.TreeMap<>();
    for (Entry e : store.articleEntries(articleId)) out.put(e.ord(), e.thread());
    return out;
  }

  /** The full thread id for an id or prefix, when exactly one matches. */
  public synchronized Optional<String> resolve(String idOrPrefix) {
    List<String> ids = store.threadIds(idOrPrefix);
    if (ids.contains(idOrPrefix)) return Optional.of(idOrPrefix);
    if (ids.size() > 1) throw new IllegalArgumentException("thread " + idOrPrefix + " is ambiguous: " + ids);
    return ids.stream().findFirst();
  }

  /** Moves claims of a thread to a new thread of their own; the correction persists. */
  public synchronized String split(String thread, List<String> claims) {
    String from = resolve(thread).orElseThrow(() -> new IllegalArgumentException("no thread " + thread));
    List<String> ids = Splits.claimIds(store.entries(from), claims);
    String target = ThreadKey.idOf(from + "|split|" + String.join(" ", ids));
    store.addCorrection(new Correction(Corrections.SPLIT, from, target, ids));
    store.reassign(Splits.to(ids, target), Summaries.RULES);
    return target;
  }

  /** Moves every claim of thread b into thread a; the correction persists. */
  public synchronized void merge(String a, String b) {
    String into = resolve(a).orElseThrow(() -> new IllegalArgumentException("no thread " + a));
    String from = resolve(b).orElseThrow(() -> new IllegalArgumentException("no thread " + b));
    if (into.equals(from)) throw new IllegalArgumentException("cannot merge a thread with itself");
    store.addCorrection(new Correction(Corrections.MERGE, from, into, List.of()));
    List<String> ids = store.entries(from).stream().map(Entry::claimId).toList();
    store.reassign(Splits.to(ids, into), Summaries.RULES);
  }

  private LocalDate asOf(ThreadFilter filter) {
    if (filter.asOf() != null) return filter.asOf();
    return store.newestDay().map(d -> LocalDate.parse(d.substring(0, 10))).orElse(LocalDate.now(java.time.ZoneOffset.UTC));
  }

  @Override
  public synchronized void close() {
    store.close();
  }
}
