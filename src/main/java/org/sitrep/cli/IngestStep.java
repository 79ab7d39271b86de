package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageFailure;
import org.sitrep.record.Article;
import org.sitrep.record.Record;

/**
 * The work one ingest thread does for one source: read (or fetch), extract, skip when the text is
 * already stored, analyse. Never throws: a failure comes back as a {@link StageFailure}.
 *
 * @param result a {@link Record} (analysed or rejected), a {@link StageFailure}, or {@link #ALREADY_STORED}
 * @param nanos wall time on the worker thread
 * @param cpuNanos CPU time of the worker thread, or -1 when the JVM cannot tell
 */
record IngestStep(Object result, long nanos, long cpuNanos) {
  /** The text (by hash) is in the store already: nothing to do. */
  static final Object ALREADY_STORED = new Object() {
    @Override
    public String toString() {
      return "already stored";
    }
  };
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Runs one source; the time spent waiting for the models to load is not counted. */
  static IngestStep run(Source source, Predicate<String> stored, Supplier<Pipeline> pipeline) {
    long[] load = new long[2];
    Supplier<Pipeline> timed = () -> {
      long t = System.nanoTime();
      long c = cpuNow();
      Pipeline p = pipeline.get();
      load[0] += System.nanoTime() - t;
      load[1] += cpuNow() - c;
      return p;
    };
    long cpu = cpuNow();
    long start = System.nanoTime();
    Object result = work(source, stored, timed);
    long cpuEnd = cpuNow();
    long nanos = System.nanoTime() - start - load[0];
    return new IngestStep(result, nanos, cpu < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpu - load[1]);
  }

  private static Object work(Source source, Predicate<String> stored, Supplier<Pipeline> pipeline) {
    try {
      Article article = StageFailure.guard("extract", () -> Extraction.extract(source.input().get()));
      if (article.isRejected()) return Record.rejected(article);
      if (stored.test(article.id())) return ALREADY_STORED;
      return StageFailure.guard("analyze", () -> pipeline.get().analyze(article));
    } catch (StageFailure e) {
      return e;
    }
  }

  static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }
}
