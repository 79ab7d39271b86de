package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in process, with its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    var cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
