package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Measures how fast some work goes over a list of texts on N threads: a warm-up pass over the first
 * few, then a timed pass over all of them, with the peak heap used during the timed pass.
 */
public final class Throughput {
  /** Results of one timed pass. */
  public record Result(int items, long words, double seconds, double cpuSeconds, long peakHeapBytes) {
    public double perSecond() {
      return items / seconds;
    }

    public double secondsPerItem() {
      return seconds / items;
    }

    /** CPU seconds of the worker threads per item: what the work costs whatever else runs. */
    public double cpuPerItem() {
      return cpuSeconds / items;
    }
  }

  private Throughput() {}

  public static Result measure(List<String> texts, int threads, int warmup, Consumer<String> work) {
    Batch.run(texts.subList(0, Math.min(warmup, texts.size())), threads, t -> {
      work.accept(t);
      return Boolean.TRUE;
    }, (t, r) -> {});
    System.gc();
    resetPeaks();
    AtomicLong words = new AtomicLong();
    long t0 = System.nanoTime();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Batch.run(texts, threads, t -> {
      long c0 = mx.getCurrentThreadCpuTime();
      work.accept(t);
      cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
      return words(t);
    }, (t, n) -> words.addAndGet(n));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuNanos.get() / 1e9;
    return new Result(texts.size(), words.get(), seconds, cpu, peakHeap());
  }

  /** Words as the bench counts them: runs of non-blanks. */
  public static int words(String text) {
    return text.split("\\s+").length;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks: an upper bound on the heap used at any one time. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }
}
