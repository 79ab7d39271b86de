package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep figures split THREAD_ID CLAIM...}: move claims to a thread of their own. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Move claims (ARTICLE#ORD, as the history prints them) to a new thread; kept on regrouping.")
final class FiguresSplitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DbOption db;

  @Parameters(index = "0", paramLabel = "THREAD_ID") String thread;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "CLAIM") List<String> claims;

  @Override
  public Integer call() {
    try (Store store = db.openExisting(); Ledger ledger = Ledger.open(db.location())) {
      ledger.sync();
      String id = ledger.split(thread, claims);
      spec.commandLine().getOut().println("split " + claims.size() + " claim(s) into thread " + id);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
