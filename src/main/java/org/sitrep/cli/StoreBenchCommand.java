package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.Queries;
import org.sitrep.store.Store;
import org.sitrep.store.Synthetic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep bench store}: per-article put time and filtered query time on a synthetic store. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Fill a store with synthetic articles and time put and the filtered queries.",
        "Without --db a temporary SQLite file is used and deleted afterwards."})
final class StoreBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--claims", defaultValue = "100000",
      description = "Claims to generate (default: ${DEFAULT-VALUE}).")
  int claims;

  @Option(names = "--per-article", defaultValue = "10",
      description = "Claims per article (default: ${DEFAULT-VALUE}).")
  int perArticle;

  @Option(names = "--runs", defaultValue = "20",
      description = "Runs of each query (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--db", paramLabel = "PATH|URL",
      description = "An empty store to fill (default: a temporary file).")
  String db;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path temp = db == null ? Files.createTempDirectory("sitrep-bench") : null;
    String location = db != null ? db : temp.resolve("bench.db").toString();
    try (Store store = Store.open(location)) {
      out.printf(Locale.ROOT, "store: %s%n", store.describe());
      fill(store, out);
      queries(store).forEach((name, q) -> report(out, name, q));
    } finally {
      if (temp != null) deleteTree(temp);
    }
    out.flush();
    return 0;
  }

  private void fill(Store store, PrintWriter out) {
    Synthetic synthetic = new Synthetic(42, perArticle);
    int articles = (claims + perArticle - 1) / perArticle;
    long[] nanos = new long[articles];
    long start = System.nanoTime();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    for (int n = 0; n < articles; n++) {
      var record = synthetic.next(n);
      long t = System.nanoTime();
      store.put(record, "bench");
      nanos[n] = System.nanoTime() - t;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    Arrays.sort(nanos);
    out.printf(Locale.ROOT, "put: %d articles (%d claims) in %.1f s; per article mean %.2f ms,"
            + " p50 %.2f ms, p95 %.2f ms, max %.1f ms; cpu per article %.2f ms%n", articles,
        articles * perArticle, seconds,
        Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[articles / 2] / 1e6,
        nanos[(int) (articles * 0.95)] / 1e6, nanos[articles - 1] / 1e6, cpuMs / articles);
  }

  private static Map<String, Supplier<Integer>> queries(Store store) {
    var since = Synthetic.START.plusDays(Synthetic.DAYS / 2);
    var until = since.plusDays(90);
    Map<String, Supplier<Integer>> q = new LinkedHashMap<>();
    q.put("claims --measure killed --since " + since, () -> store.claims(
        new Queries.Claims(null, null, "killed", since, null, 0)).size());
    q.put("claims --actor SYN-A7", () -> store.claims(
        new Queries.Claims(null, "SYN-A7", null, null, null, 0)).size());
    q.put("claims --measure displaced --since " + since + " --until " + until, () -> store.claims(
        new Queries.Claims(null, null, "displaced", since, until, 0)).size());
    q.put("claims \"river port\" --since " + since + " --until " + until, () -> store.claims(
        new Queries.Claims("river port", null, null, since, until, 0)).size());
    q.put("claims --actor SYN-A7 --measure killed --since " + since, () -> store.claims(
        new Queries.Claims(null, "SYN-A7", "killed", since, null, 0)).size());
    q.put("search \"incident border\" (50 hits)", () -> store.search("incident border", 50).size());
    return q;
  }

  /**
   * Wall-clock time, and this thread's CPU time: on a loaded machine the second shows what the
   * query itself costs (for SQLite all of the work runs in this thread; for PostgreSQL the
   * server's share is not counted).
   */
  private void report(PrintWriter out, String name, Supplier<Integer> query) {
    List<Double> ms = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    int rows = query.get();
    for (int i = 0; i < runs; i++) {
      long c = CPU.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      query.get();
      ms.add((System.nanoTime() - t) / 1e6);
      cpu.add((CPU.getCurrentThreadCpuTime() - c) / 1e6);
    }
    ms.sort(null);
    cpu.sort(null);
    out.printf(Locale.ROOT, "%-66s rows %6d  median %6.1f ms  max %6.1f ms  cpu median %6.1f ms%n",
        name, rows, ms.get(ms.size() / 2), ms.get(ms.size() - 1), cpu.get(cpu.size() / 2));
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
