package org.sitrep.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.ArticleRow;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/** {@code sitrep ingest} as a separate JVM, for the crash and two-writer tests. */
final class IngestProcess {
  /** Long enough for the models to load and 30 small articles on a busy two-core machine. */
  static final long TIMEOUT_SECONDS = 600;

  final Process process;
  final Path out;
  final Path err;

  private IngestProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static void assumeShared() {
    Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
    Assumptions.assumeTrue(Files.isDirectory(shared), "no shared directory at " + shared);
  }

  static IngestProcess start(Path logs, String name, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-Xss8m",
        "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "ingest"));
    cmd.addAll(List.of(args));
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    return new IngestProcess(p, out, err);
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ingest did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return process.exitValue();
  }

  String output() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
  }

  /** The stored articles, or -1 while the file is missing or not yet readable. */
  static int storedCount(Path db) {
    if (!Files.exists(db)) return -1;
    try (Store s = Store.openExisting(db.toString())) {
      return s.articles(new Queries.Articles(null, null, null, 0)).size();
    } catch (StoreException e) {
      return -1;
    }
  }

  static List<ArticleRow> articles(Path db) {
    try (Store s = Store.openExisting(db.toString())) {
      return s.articles(new Queries.Articles(null, null, null, 0));
    }
  }
}
