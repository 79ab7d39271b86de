package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Total time spent in each stage, across threads; for benchmarks and --verbose. */
public final class Timings {
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } catch (StageFailure e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new StageFailure(stage, e);
    } finally {
      adder(stage).add(System.nanoTime() - t0);
    }
  }

  private synchronized LongAdder adder(String stage) {
    return nanos.computeIfAbsent(stage, s -> new LongAdder());
  }

  /** Milliseconds per stage, in the order the stages first ran. */
  public synchronized Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
    return out;
  }
}
