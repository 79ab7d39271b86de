package org.sitrep.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.sitrep.ingest.Source;
import org.sitrep.ingest.Sources;
import org.sitrep.pipeline.StageFailure;
import org.sitrep.record.Record;
import org.sitrep.store.Outcome;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;

/**
 * The calling-thread side of an ingest: skips sources already stored, and writes each result to
 * the store (one transaction per article) as the batch hands it back, then regroups the figures
 * ledger for the article's claims, counting and timing each as it goes.
 */
final class IngestRun {
  private final Store store;
  private final IngestTally tally;
  private final ProgressBar bar;
  private final String version;
  private final Regroup regroup;

  /** What ingest tells the figures ledger: a record was stored; the batch is done. */
  interface Regroup {
    Regroup NONE = of(r -> {}, () -> {});

    void stored(Record r);

    void done();

    static Regroup of(Consumer<Record> stored, Runnable done) {
      return new Regroup() {
        @Override
        public void stored(Record r) {
          stored.accept(r);
        }

        @Override
        public void done() {
          done.run();
        }
      };
    }
  }

  IngestRun(Store store, IngestTally tally, ProgressBar bar, String version, Regroup regroup) {
    this.store = store;
    this.tally = tally;
    this.bar = bar;
    this.version = version;
    this.regroup = regroup;
  }

  /** A source that could not even be expanded (a bad feed): reported and recorded as failed. */
  void problem(Sources.Problem p) {
    bar.message("sitrep: " + p.message());
    timedStore(() -> store.recordOutcome(new Outcome(p.name(), Outcome.FAILED, p.message(), p.stage())));
    tally.failed(p.stage());
  }

  /** The sources whose name (path or URL) the store does not hold yet; the others are counted. */
  Iterable<Source> unstored(Iterable<Source> sources) {
    return () -> new Iterator<>() {
      private final Iterator<Source> all = sources.iterator();
      private Source next;

      @Override
      public boolean hasNext() {
        while (next == null && all.hasNext()) {
          Source s = all.next();
          boolean[] had = new boolean[1];
          timedStore(() -> had[0] = store.has(s.name()));
          if (had[0]) {
            tally.alreadyStored++;
            bar.step();
          } else {
            next = s;
          }
        }
        return next != null;
      }

      @Override
      public Source next() {
        if (!hasNext()) throw new NoSuchElementException();
        Source s = next;
        next = null;
        return s;
      }
    };
  }

  /** Stores (or records the outcome of) one result, on the calling thread. */
  void deliver(Source source, IngestStep step) {
    tally.worked(step);
    Object result = step.result();
    if (result == IngestStep.ALREADY_STORED) {
      tally.alreadyStored++;
    } else if (result instanceof Record r && !r.article().isRejected()) {
      PutResult[] put = new PutResult[1];
      timedStore(() -> put[0] = store.put(r, version));
      tally.put(put[0]);
      if (put[0] != PutResult.DUPLICATE) timedRegroup(() -> regroup.stored(r));
    } else {
      Outcome o = IngestCommand.outcome(source, result);
      timedStore(() -> store.recordOutcome(o));
      if (result instanceof StageFailure f) {
        tally.failed(f.stage());
        bar.message("sitrep: " + source.name() + ": " + f.getMessage());
      } else {
        tally.rejected(o.reason());
        bar.message("sitrep: " + source.name() + ": rejected: " + o.reason());
      }
    }
    bar.step();
  }

  /** Summarises the ledger threads the run touched, each once. */
  void finish() {
    timedRegroup(regroup::done);
  }

  private void timedRegroup(Runnable work) {
    long[] spent = timed(work);
    tally.ledgerNanos += spent[0];
    tally.ledgerCpuNanos += spent[1];
  }

  private void timedStore(Runnable write) {
    long[] spent = timed(write);
    tally.storeNanos += spent[0];
    tally.storeCpuNanos += spent[1];
  }

  /** Wall and CPU nanoseconds the work took; CPU is 0 where the JVM cannot measure thread time. */
  private static long[] timed(Runnable work) {
    long cpu = IngestStep.cpuNow();
    long start = System.nanoTime();
    work.run();
    long wall = System.nanoTime() - start;
    long cpuEnd = IngestStep.cpuNow();
    return new long[] {wall, cpu >= 0 && cpuEnd >= 0 ? cpuEnd - cpu : 0};
  }
}
