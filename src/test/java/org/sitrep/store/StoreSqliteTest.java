package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite in a temporary file, plus what only a file can get wrong. */
class StoreSqliteTest extends StoreContract {
  @TempDir Path dir;

  @Override
  String freshLocation() {
    return dir.resolve("sitrep.db").toString();
  }

  @Override
  void dropFresh() {}

  @Test
  void corruptFileIsRefusedAndLeftUntouched() throws Exception {
    Path bad = dir.resolve("bad.db");
    byte[] junk = "this is not a database, just some text\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    Files.write(bad, junk);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(bad.toString()));
    assertTrue(e.getMessage().contains("is not a readable SQLite file"), e.getMessage());
    assertArrayEquals(junk, Files.readAllBytes(bad));
  }

  @Test
  void damagedPagesAfterAValidHeaderAreReportedAsCorrupt() throws Exception {
    Path bad = dir.resolve("damaged.db");
    byte[] bytes = new byte[8192];
    System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
    for (int i = 16; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
    Files.write(bad, bytes);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(bad.toString()));
    assertTrue(e.getMessage().contains("is not a readable SQLite file"), e.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(bad));
  }

  @Test
  void queriesNeverCreateAMissingFile() {
    Path missing = dir.resolve("nothing-here.db");
    StoreException e = assertThrows(StoreException.class, () -> Store.openExisting(missing.toString()));
    assertTrue(e.getMessage().contains("run `sitrep ingest` first"), e.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void writingCreatesMissingFolders() {
    Path nested = dir.resolve("a/b/sitrep.db");
    try (Store s = Store.open(nested.toString())) {
      assertEquals(PutResult.STORED, s.put(Fixtures.gaza(), V1));
    }
    assertTrue(Files.exists(nested));
  }

  @Test
  void usesWriteAheadLogging() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
        Statement s = c.createStatement();
        var rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertEquals("wal", rs.getString(1));
    }
  }

  @Test
  void lockedDatabaseIsRetriedNotFatal() throws Exception {
    try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + location);
        Statement s = holder.createStatement()) {
      s.execute("PRAGMA busy_timeout = 0");
      s.execute("BEGIN IMMEDIATE");
      s.execute("INSERT INTO outcomes (input, outcome, at) VALUES ('x', 'failed', 'now')");
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(Connections.BUSY_TIMEOUT_MS + 500);
          s.execute("COMMIT");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      assertEquals(PutResult.STORED, store.put(Fixtures.gaza(), V1));
      release.join();
    }
    assertEquals(1, count("articles"));
  }

  @Test
  void unreachablePostgresNamesHostAndPort() {
    StoreException e = assertThrows(StoreException.class,
        () -> Store.open("postgresql://postgres@127.0.0.1:1/test"));
    assertTrue(e.getMessage().startsWith("cannot reach PostgreSQL at 127.0.0.1:1"), e.getMessage());
  }
}
