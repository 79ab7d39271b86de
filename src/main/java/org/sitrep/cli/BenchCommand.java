package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep bench STAGE DIR}: speed and accuracy of one stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure the speed (and, where there is a metric, the accuracy) of one stage.",
    subcommands = {
      BenchAnalyzeCommand.class,
      BenchExtractCommand.class,
      BenchFiguresCommand.class,
      StoreBenchCommand.class,
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing stage: name one of the subcommands");
  }
}
