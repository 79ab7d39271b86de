package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep figures merge THREAD_A THREAD_B}: one quantity grouped as two threads. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Move every claim of THREAD_B into THREAD_A; kept on regrouping.")
final class FiguresMergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(index = "0", paramLabel = "THREAD_A") String into;

  @Parameters(index = "1", paramLabel = "THREAD_B") String from;

  @Override
  public Integer call() {
    try (Store store = db.openExisting(); Ledger ledger = Ledger.open(db.location())) {
      ledger.sync();
      ledger.merge(into, from);
      spec.commandLine().getOut().println("merged thread " + from + " into " + into);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
