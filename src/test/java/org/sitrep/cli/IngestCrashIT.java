package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Rows.ArticleRow;
import org.sitrep.store.Store;
import picocli.CommandLine;

/**
 * Kill -9 in the middle of an ingest: every committed article is complete, the in-flight ones are
 * absent, and running the same command again stores the rest, each article once.
 */
class IngestCrashIT {
  static final int ARTICLES = 30;
  @TempDir Path dir;

  @Test
  void killedMidRunThenResumed() throws Exception {
    IngestProcess.assumeShared();
    Path in = dir.resolve("in");
    IngestArticles.write(in, 0, ARTICLES);
    Path db = dir.resolve("crash.db");
    String[] args = {in.toString(), "--db", db.toString(), "--threads", "2"};

    IngestProcess first = IngestProcess.start(dir, "first", args);
    int seen = waitForFirstCommit(first, db);
    first.process.destroyForcibly().waitFor();
    assertTrue(seen >= 1 && seen < ARTICLES, "killed after " + seen + " of " + ARTICLES + ": " + first.output());

    List<ArticleRow> survivors = IngestProcess.articles(db);
    assertTrue(survivors.size() >= seen && survivors.size() < ARTICLES, "after the kill: " + survivors.size());
    for (ArticleRow row : survivors) assertComplete(db, row);

    IngestProcess second = IngestProcess.start(dir, "second", args);
    assertEquals(0, second.waitFor(), second.output());
    assertTrue(second.output().matches("(?s).*already stored +" + survivors.size() + "\\b.*"), second.output());
    List<ArticleRow> all = IngestProcess.articles(db);
    assertEquals(ARTICLES, all.size(), "every article stored once");
    Set<String> ids = new HashSet<>();
    for (ArticleRow row : all) {
      assertTrue(ids.add(row.id()), "stored twice: " + row.id());
      assertComplete(db, row);
    }
  }

  private static int waitForFirstCommit(IngestProcess p, Path db) throws Exception {
    long deadline = System.nanoTime() + IngestProcess.TIMEOUT_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!p.process.isAlive()) throw new AssertionError("ingest ended before it was killed: " + p.output());
      int n = IngestProcess.storedCount(db);
      if (n >= 1) return n;
      Thread.sleep(100);
    }
    throw new AssertionError("no article committed in time: " + p.output());
  }

  /** Every generated story has a toll (a claim), a quote and an attack (an event). */
  private static void assertComplete(Path db, ArticleRow row) {
    assertTrue(row.claims() >= 1 && row.quotes() >= 1 && row.events() >= 1, "incomplete: " + row);
    Record stored;
    try (Store s = Store.openExisting(db.toString())) {
      stored = s.get(row.id()).orElseThrow();
    }
    assertEquals(row.claims(), stored.claims().size(), row.id());
    assertEquals(row.quotes(), stored.quotes().size(), row.id());
    assertEquals(row.events(), stored.events().size(), row.id());
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("show", row.id(), "--db", db.toString()));
    assertEquals(RecordJson.toPrettyJson(stored).strip(), out.toString().strip(), "show round trip " + row.id());
  }
}
