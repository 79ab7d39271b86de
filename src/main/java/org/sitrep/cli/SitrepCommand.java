package org.sitrep.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level command. Its subcommands are listed in {@link #SUBCOMMANDS} rather than in the
 * annotation so that {@link Main} can build only the one a command line names: picocli reads every
 * option of every command it is given, which costs more start-up time than most commands take.
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads news about wars and crises and keeps a sourced record of them.")
final class SitrepCommand implements Runnable {
  /** Every subcommand, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
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
      BenchCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
