package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Record;
import org.sitrep.store.LedgerStore;
import org.sitrep.store.LedgerStore.Summary;
import org.sitrep.store.Store;

/** Summaries kept incrementally, claim by claim, equal those computed from every claim at once. */
class IncrementalSummariesTest {
  @TempDir Path dir;

  @Test
  void incrementalSummariesEqualTheFullComputation() {
    String db = dir.resolve("inc.db").toString();
    SyntheticFigures gen = new SyntheticFigures(3, 8);
    List<Record> records = new ArrayList<>();
    for (int n = 0; n < 400; n++) records.add(gen.next(n));
    try (Store store = Store.open(db); Ledger ledger = Ledger.open(db)) {
      for (Record r : records) {
        store.put(r, "test");
        ledger.update(r);
      }
      for (int n = 0; n < records.size(); n += 7) store.delete(records.get(n).article().id());
      assertTrue(ledger.sync() > 0);
    }
    try (LedgerStore rows = LedgerStore.open(db)) {
      List<Summary> threads = rows.threads();
      assertTrue(threads.size() > 500, "threads: " + threads.size());
      for (Summary kept : threads) {
        assertEquals(Summaries.of(rows.entries(kept.thread())), kept, kept.thread());
      }
    }
  }
}
