package org.sitrep.cli;

import picocli.CommandLine;

/** The {@code sitrep} entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
  public static int execute(String... args) {
    CommandLine cl = commandLine();
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) { // the last resort: one line, never a stack trace
      cl.getErr().println("sitrep: internal error: " + Errors.message(e));
      cl.getErr().flush();
      return Errors.FAILURE;
    }
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SitrepCommand());
    cl.setParameterExceptionHandler(Errors::usage);
    cl.setExecutionExceptionHandler(Errors::failure);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
