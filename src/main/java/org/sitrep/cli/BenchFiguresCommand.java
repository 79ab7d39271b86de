package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.SyntheticFigures;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;
import org.sitrep.record.Record;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench figures}: fills a store with synthetic figures, indexing each article in the
 * ledger right after it is stored (the ingest hook), and times the hook against the put and then
 * {@code sitrep figures} (sync plus the thread table) on the full store.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"Time the figures ledger: regrouping per article, and the thread table.",
        "Without --db a temporary SQLite file is used and deleted afterwards."})
final class BenchFiguresCommand implements Callable<Integer> {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  @Spec CommandSpec spec;

  @Option(names = "--claims", defaultValue = "1000000", description = "Claims to generate (default: ${DEFAULT-VALUE}).")
  int claims;

  @Option(names = "--per-article", defaultValue = "25", description = "Claims per article (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Option(names = "--incidents", defaultValue = "0", paramLabel = "SHARE",
      description = "Share of claims that count one incident in one of a few towns, half of them follow-ups"
          + " giving no day (default: ${DEFAULT-VALUE}).")
  double incidents;

  @Option(names = "--runs", defaultValue = "5", description = "Runs of the thread table (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--db", paramLabel = "PATH", description = "An empty store to fill (default: a temporary file).")
  String db;

  @Option(names = "--table-only", description = "Only time the thread table on the store given by --db.")
  boolean tableOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path temp = db == null ? Files.createTempDirectory("sitrep-bench-figures") : null;
    String location = db != null ? db : temp.resolve("bench.db").toString();
    try {
      if (!tableOnly) fill(location, out);
      table(location, out);
    } finally {
      if (temp != null) deleteTree(temp);
    }
    out.flush();
    return 0;
  }

  private void fill(String location, PrintWriter out) {
    if (incidents < 0 || incidents > 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--incidents must be between 0 and 1");
    }
    SyntheticFigures gen = new SyntheticFigures(42, perArticle, incidents);
    int articles = Math.max(1, claims / perArticle);
    long putNanos = 0;
    long hookNanos = 0;
    long putCpu = 0;
    long hookCpu = 0;
    long flushNanos;
    long flushCpu;
    try (Store store = Store.open(location); Ledger ledger = Ledger.open(location)) {
      for (int n = 0; n < articles; n++) {
        Record r = gen.next(n);
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        store.put(r, "bench");
        long c1 = CPU.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        ledger.update(r);
        long c2 = CPU.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        putNanos += t1 - t0;
        hookNanos += t2 - t1;
        putCpu += c1 - c0;
        hookCpu += c2 - c1;
        if ((n + 1) % 5000 == 0) {
          out.printf(Locale.ROOT, "  %,d articles, put %.2f ms/article, regroup %.2f ms/article%n",
              n + 1, putNanos / 1e6 / (n + 1), hookNanos / 1e6 / (n + 1));
          out.flush();
        }
      }
      long c0 = CPU.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      int threads = ledger.flush();
      flushNanos = System.nanoTime() - t0;
      flushCpu = CPU.getCurrentThreadCpuTime() - c0;
      hookNanos += flushNanos;
      hookCpu += flushCpu;
      out.printf(Locale.ROOT, "flush: %,d threads summarised in %.0f ms (CPU %.0f ms)%n", threads,
          flushNanos / 1e6, flushCpu / 1e6);
    }
    out.printf(Locale.ROOT, "filled: %,d articles, %,d claims%n", articles, (long) articles * perArticle);
    out.printf(Locale.ROOT, "wall: put %.2f ms/article; regroup (Ledger.update, flush) %.2f ms/article = %.1f%% of put%n",
        putNanos / 1e6 / articles, hookNanos / 1e6 / articles, 100.0 * hookNanos / putNanos);
    out.printf(Locale.ROOT, "cpu:  put %.2f ms/article; regroup (Ledger.update, flush) %.2f ms/article = %.1f%% of put%n",
        putCpu / 1e6 / articles, hookCpu / 1e6 / articles, 100.0 * hookCpu / putCpu);
  }

  private void table(String location, PrintWriter out) {
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    long[] parts = new long[4];
    int threads = 0;
    for (int run = 0; run < runs; run++) {
      long[] t = new long[5];
      long c0 = CPU.getCurrentThreadCpuTime();
      t[0] = System.nanoTime();
      try (Store store = Store.openExisting(location); Ledger ledger = Ledger.open(location)) {
        t[1] = System.nanoTime();
        ledger.sync();
        t[2] = System.nanoTime();
        List<ThreadLine> lines = ledger.threads(ThreadFilter.all());
        t[3] = System.nanoTime();
        FiguresTable.threads(lines).printText(new PrintWriter(new StringWriter()), Table.DEFAULT_WIDTH);
        t[4] = System.nanoTime();
        threads = lines.size();
      }
      bestCpu = Math.min(bestCpu, CPU.getCurrentThreadCpuTime() - c0);
      if (t[4] - t[0] < best) {
        best = t[4] - t[0];
        for (int i = 0; i < 4; i++) parts[i] = t[i + 1] - t[i];
      }
    }
    out.printf(Locale.ROOT, "sitrep figures cpu: best of %d %.0f ms%n", runs, bestCpu / 1e6);
    out.printf(Locale.ROOT, "sitrep figures (%,d threads): wall best of %d %.0f ms"
        + " (open %.0f, sync %.0f, threads %.0f, table %.0f)%n", threads, runs, best / 1e6,
        parts[0] / 1e6, parts[1] / 1e6, parts[2] / 1e6, parts[3] / 1e6);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
