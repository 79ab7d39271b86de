package org.sitrep.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
  public static int execute(String... args) {
    CommandLine cl = commandLine(args);
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) { // the last resort: one line, never a stack trace
      cl.getErr().println("sitrep: internal error: " + Errors.message(e));
      cl.getErr().flush();
      return Errors.FAILURE;
    }
  }

  /** The whole command tree, every subcommand built. */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command tree a command line needs: when its first word names a subcommand, only that one
   * is built (its help, options and errors are the same as in the whole tree); the version alone
   * needs none; otherwise, for the top-level help or an unknown word, all of them, so that picocli can list them and
   * suggest the nearest name.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new SitrepCommand());
    boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    Optional<Class<?>> named = args.length == 0 ? Optional.empty()
        : SitrepCommand.SUBCOMMANDS.stream().filter(c -> name(c).equals(args[0])).findFirst();
    for (Class<?> c : SitrepCommand.SUBCOMMANDS) {
      if (!version && (named.isEmpty() || named.get() == c)) cl.addSubcommand(c);
    }
    cl.setParameterExceptionHandler(Errors::usage);
    cl.setExecutionExceptionHandler(Errors::failure);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }
}
