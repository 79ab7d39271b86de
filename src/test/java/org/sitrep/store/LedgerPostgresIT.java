package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.SyntheticFigures;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;
import org.sitrep.record.Record;

/**
 * The figures ledger on a real PostgreSQL server gives the threads SQLite gives, incident links
 * included: the same synthetic articles, half their claims one incident's and half of those
 * follow-ups that name no day, put through the ingest hook into both stores.
 */
class LedgerPostgresIT {
  @TempDir Path dir;

  @BeforeAll
  static void serverAnswers() {
    StorePostgresIT.serverAnswers();
  }

  @Test
  void postgresqlGivesTheLedgerSqliteGives() throws Exception {
    String schema = "sitrep_ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    try (Connection c = StorePostgresIT.admin(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      List<ThreadLine> sqlite = ledger(dir.resolve("ledger.db").toString());
      List<ThreadLine> postgres = ledger("postgresql://" + StorePostgresIT.SERVER + "?currentSchema=" + schema);

      assertTrue(sqlite.stream().anyMatch(l -> "incident".equals(l.kind())), "the store holds incidents");
      assertEquals(sqlite, postgres);
    } finally {
      try (Connection c = StorePostgresIT.admin(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static List<ThreadLine> ledger(String location) {
    SyntheticFigures gen = new SyntheticFigures(7, 10, 0.5);
    List<Record> records = new ArrayList<>();
    for (int n = 0; n < 150; n++) records.add(gen.next(n));
    try (Store store = Store.open(location); Ledger ledger = Ledger.open(location)) {
      for (Record r : records) {
        store.put(r, "test");
        ledger.update(r);
      }
      for (int n = 0; n < records.size(); n += 9) store.delete(records.get(n).article().id());
      ledger.sync();
      return ledger.threads(ThreadFilter.all());
    }
  }
}
