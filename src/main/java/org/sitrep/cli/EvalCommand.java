package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep eval AREA DIR}: accuracy on a public benchmark, beside a reference tool. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score sitrep on a public benchmark, with a reference tool measured in the same run.",
    subcommands = {
      EvalEventsCommand.class,
      EvalQuantitiesCommand.class,
      EvalQuotesCommand.class,
      EvalTimeCommand.class,
    })
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing area: name one of the subcommands");
  }
}
