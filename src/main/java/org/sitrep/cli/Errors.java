package org.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** One-line messages for the two kinds of failure: usage (exit 2) and everything else (exit 1). */
final class Errors {
  static final int FAILURE = 1;
  static final int USAGE = 2;

  private Errors() {}

  static int usage(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("sitrep: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return USAGE;
  }

  static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println("sitrep: " + message(e));
    err.flush();
    return FAILURE;
  }

  /** A one-line message for any exception: its own message, or its type when it has none. */
  static String message(Throwable e) {
    if (e instanceof OutOfMemoryError) return "out of memory; give Java more heap with SITREP_HEAP";
    if (e.getCause() != null && (e instanceof ExceptionInInitializerError || e.getMessage() == null)) {
      return message(e.getCause());
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) return e.getClass().getSimpleName();
    return m.replaceAll("\\s*\\R\\s*", " ");
  }
}
