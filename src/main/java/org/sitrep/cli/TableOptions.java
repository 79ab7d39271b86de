package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.sitrep.record.RecordJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --json}, {@code --csv} and {@code --limit}, shared by the query commands. */
final class TableOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--json", description = "Print the rows as a JSON array.")
  boolean json;

  @Option(names = "--csv", description = "Print the rows as CSV, nothing cut.")
  boolean csv;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N rows (default: all).")
  int limit;

  int limit() {
    if (limit < 0) throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    return limit;
  }

  /** Prints the rows in the chosen form and returns exit code 0. */
  <T> int print(List<T> rows, Function<List<T>, Table> table) {
    if (json && csv) throw new ParameterException(spec.commandLine(), "choose one of --json and --csv");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(RecordJson.toPrettyJson(rows));
    } else if (csv) {
      table.apply(rows).printCsv(out);
    } else if (rows.isEmpty()) {
      out.println("(no rows)");
    } else {
      table.apply(rows).printText(out, TableLayout.terminalWidth());
    }
    out.flush();
    return 0;
  }
}
