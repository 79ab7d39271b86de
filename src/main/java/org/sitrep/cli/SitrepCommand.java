package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: lists the subcommands. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads news about wars and crises and keeps a sourced record of them.",
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      ArticlesCommand.class,
      ClaimsCommand.class,
      QuotesCommand.class,
      EventsCommand.class,
      ActorsCommand.class,
      FiguresCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      GazetteerCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
    })
final class SitrepCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
