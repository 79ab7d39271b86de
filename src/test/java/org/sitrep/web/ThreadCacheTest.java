package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;

class ThreadCacheTest {
  @TempDir Path dir;

  @Test
  void servesTheSameTableUntilItExpiresOrTheServerIngests() {
    String db = dir.resolve("c.db").toString();
    try (Store store = Store.open(db)) {
      store.put(Fixtures.drones(), "t");
      store.put(Fixtures.gaza(), "t");
    }
    AtomicLong clock = new AtomicLong();
    AtomicLong version = new AtomicLong();
    try (Ledger ledger = Ledger.open(db)) {
      ledger.sync();
      ThreadCache cache = new ThreadCache(ledger, clock::get, version::get);
      ThreadFilter all = ThreadFilter.all();
      List<ThreadLine> first = cache.threads(all);
      assertFalse(first.isEmpty());
      assertEquals(ledger.threads(all), first);
      clock.addAndGet(ThreadCache.TTL_NANOS - 1);
      assertSame(first, cache.threads(all));
      ThreadFilter killed = new ThreadFilter(null, null, "killed", null, null, null, ThreadFilter.STALE_DAYS);
      assertEquals(ledger.threads(killed), cache.threads(killed), "each filter has its own entry");
      clock.addAndGet(1);
      List<ThreadLine> second = cache.threads(all);
      assertNotSame(first, second, "expired");
      version.incrementAndGet();
      assertNotSame(second, cache.threads(all), "an ingest makes the table stale");
    }
  }
}
