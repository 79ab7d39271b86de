package org.sitrep.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

/**
 * The article-extraction benchmark: DIR/ground-truth.json and DIR/html/ID.html.gz. Precision and
 * recall are the means of the page scores that are defined; F1 is their harmonic mean. Speed is
 * measured on extraction only (pages are read and gunzipped first), after one warm-up pass.
 */
public final class ExtractionBench {
  /** One page: its id, URL, gold body and raw HTML. */
  record Page(String id, String url, String gold, byte[] html) {}

  /**
   * The outcome of a run.
   *
   * @param pagesPerSecond extraction throughput on {@code threads} threads, wall clock
   * @param pagesPerCpuSecond pages per second of CPU time spent by the extraction threads: the
   *     throughput of one dedicated core, whatever else the machine is doing
   */
  public record Result(double precision, double recall, double f1, int pages, int threads,
      double pagesPerSecond, double pagesPerCpuSecond, List<ShingleScore> scores) {
    /** The pages with the lowest F1 first. */
    public List<ShingleScore> worst(int n) {
      return scores.stream().sorted(Comparator.comparingDouble(ShingleScore::f1)).limit(n).toList();
    }
  }

  private final Extraction extraction = new Extraction(ExtractOptions.lenient());

  /**
   * One warm-up pass, then {@code passes} timed passes; the fastest counts, as the others were
   * slowed by whatever else the machine was doing.
   */
  public Result run(Path dir, int threads, int passes) throws IOException {
    List<Page> pages = load(dir);
    Workers workers = new Workers();
    ForkJoinPool pool = new ForkJoinPool(threads, workers, null, false);
    try {
      List<String> predicted = extractAll(pages, pool);
      double seconds = Double.MAX_VALUE;
      double cpuSeconds = Double.MAX_VALUE;
      for (int pass = 0; pass < passes; pass++) {
        long cpu = workers.cpuNanos();
        long start = System.nanoTime();
        extractAll(pages, pool);
        seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
        cpuSeconds = Math.min(cpuSeconds, (workers.cpuNanos() - cpu) / 1e9);
      }
      List<ShingleScore> scores = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        scores.add(ShingleScore.of(pages.get(i).id(), predicted.get(i), pages.get(i).gold()));
      }
      double p = mean(scores, true);
      double r = mean(scores, false);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Result(p, r, f1, pages.size(), threads, pages.size() / seconds,
          pages.size() / cpuSeconds, scores);
    } finally {
      pool.shutdown();
    }
  }

  /** Makes the pool's threads and adds up their CPU time. */
  private static final class Workers implements ForkJoinPool.ForkJoinWorkerThreadFactory {
    private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      threads.add(t);
      return t;
    }

    long cpuNanos() {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      long sum = 0;
      for (Thread t : threads) sum += Math.max(0, bean.getThreadCpuTime(t.getId()));
      return sum;
    }
  }

  /** The body text extracted from one page, as the bench scores it. */
  String extract(Page page) {
    Article a = extraction.apply(new Input(page.id() + ".html", page.url(), page.html(), null));
    return a.text() == null ? "" : a.text();
  }

  private List<String> extractAll(List<Page> pages, ForkJoinPool pool) throws IOException {
    try {
      return pool.submit(() -> pages.parallelStream().map(this::extract).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  private static double mean(List<ShingleScore> scores, boolean precision) {
    double sum = 0;
    int n = 0;
    for (ShingleScore s : scores) {
      double v = precision ? s.precision() : s.recall();
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  static List<Page> load(Path dir) throws IOException {
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      throw new IOException("no ground-truth.json in " + dir + " (expected the article-extraction set)");
    }
    JsonNode root = new ObjectMapper().readTree(truth.toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) throw new IOException("missing page " + html);
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
            e.getValue().path("articleBody").asText(""), in.readAllBytes()));
      }
    }
    return pages;
  }
}
