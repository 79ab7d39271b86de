package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs work over many items on a fixed number of threads and hands the results back on the
 * calling thread, in input order, with a bounded number in flight so memory stays flat.
 */
public final class Batch {
  private Batch() {}

  public static <T, R> void run(Iterable<T> items, int threads, Function<T, R> work, BiConsumer<T, R> sink) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Pending<T, R>> inFlight = new ArrayDeque<>();
    try {
      Iterator<T> it = items.iterator();
      while (it.hasNext()) {
        T item = it.next();
        inFlight.add(new Pending<>(item, pool.submit(() -> work.apply(item))));
        if (inFlight.size() >= threads * 2) deliver(inFlight.poll(), sink);
      }
      while (!inFlight.isEmpty()) deliver(inFlight.poll(), sink);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> void deliver(Pending<T, R> p, BiConsumer<T, R> sink) {
    try {
      sink.accept(p.item(), p.result().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + p.item(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  private record Pending<T, R>(T item, Future<R> result) {}
}
