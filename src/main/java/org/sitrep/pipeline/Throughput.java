package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Measures how fast some work goes over a list of texts on N threads: a warm-up pass over the first
 * few, then a timed pass over all of them, with the peak heap used during the timed pass.
 */
public final class Throughput {
  /** Results of one timed pass. */
  public record Result(int items, long words, double seconds, long peakHeapBytes) {
    public double perSecond() {
      return items / seconds;
    }

    public double secondsPerItem() {
      return seconds / items;
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
    Batch.run(texts, threads, t -> {
      work.accept(t);
      return t.split("\\s+").length;
    }, (t, n) -> words.addAndGet(n));
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(texts.size(), words.get(), seconds, peakHeap());
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
