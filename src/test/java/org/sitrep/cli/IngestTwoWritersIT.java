package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Rows.ArticleRow;

/**
 * Two ingest processes on one SQLite file over overlapping directories: both finish, every
 * article is stored once, and a locked database is waited for, never fatal.
 */
class IngestTwoWritersIT {
  @TempDir Path dir;

  @Test
  void twoProcessesShareOneFile() throws Exception {
    IngestProcess.assumeShared();
    Path left = dir.resolve("left");
    Path right = dir.resolve("right");
    IngestArticles.write(left, 0, 16);
    IngestArticles.write(right, 8, 24); // articles 8 to 15 are in both, under other paths
    Path db = dir.resolve("shared.db");

    IngestProcess a = IngestProcess.start(dir, "a", left.toString(), "--db", db.toString(), "--threads", "1");
    IngestProcess b = IngestProcess.start(dir, "b", right.toString(), "--db", db.toString(), "--threads", "1");
    int codeA = a.waitFor();
    int codeB = b.waitFor();
    assertEquals(0, codeA, a.output());
    assertEquals(0, codeB, b.output());
    for (IngestProcess p : List.of(a, b)) {
      assertFalse(p.output().contains("locked"), p.output());
      assertEquals(true, java.util.regex.Pattern.compile("(?m)^  failed +0\\s").matcher(p.output()).find(), p.output());
    }

    List<ArticleRow> rows = IngestProcess.articles(db);
    assertEquals(24, rows.size(), "articles 0 to 23, each once");
    Set<String> ids = new HashSet<>();
    for (ArticleRow row : rows) {
      assertEquals(true, ids.add(row.id()), "stored twice: " + row.id());
      assertEquals(true, row.claims() >= 1 && row.quotes() >= 1, "incomplete: " + row);
    }
    assertEquals(true, Files.size(db) > 0);
  }
}
