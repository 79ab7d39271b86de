package org.sitrep.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;

/**
 * The thread table by filter, kept for a few seconds. Building it reads and summarises every
 * thread (about 100 ms of CPU for 4,000 threads) on the ledger's one connection, so without a
 * cache twenty clients asking at once queue behind each other. An ingest through the API makes every
 * entry stale; articles ingested by another process show up after the ledger's next sync.
 */
final class ThreadCache {
  static final long TTL_NANOS = 10_000_000_000L;
  static final int MAX_FILTERS = 64;

  private record Entry(List<ThreadLine> lines, long at, long version) {}

  private final Ledger ledger;
  private final LongSupplier clock;
  private final LongSupplier version;
  private final Map<ThreadFilter, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ThreadFilter, Entry> eldest) {
      return size() > MAX_FILTERS;
    }
  };

  /**
   * @param clock nanoseconds, {@code System::nanoTime} outside tests
   * @param version changes whenever the server itself changed the ledger (an ingest)
   */
  ThreadCache(Ledger ledger, LongSupplier clock, LongSupplier version) {
    this.ledger = ledger;
    this.clock = clock;
    this.version = version;
  }

  /** The table for the filter: from the cache when fresh, else built once while other callers wait. */
  List<ThreadLine> threads(ThreadFilter filter) {
    List<ThreadLine> cached = fresh(filter);
    if (cached != null) return cached;
    synchronized (this) {
      cached = fresh(filter);
      if (cached != null) return cached;
      long at = clock.getAsLong();
      long v = version.getAsLong();
      List<ThreadLine> lines = List.copyOf(ledger.threads(filter));
      synchronized (entries) {
        entries.put(filter, new Entry(lines, at, v));
      }
      return lines;
    }
  }

  private List<ThreadLine> fresh(ThreadFilter filter) {
    synchronized (entries) {
      Entry e = entries.get(filter);
      boolean fresh = e != null && clock.getAsLong() - e.at() < TTL_NANOS && e.version() == version.getAsLong();
      return fresh ? e.lines() : null;
    }
  }
}
