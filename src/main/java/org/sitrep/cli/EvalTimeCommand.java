package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.TimeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval time DIR}: TempEval-3 scores on TimeML files, with SUTime as reference. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = "Score the time finder on TimeML files (TempEval-3 metrics), beside SUTime.")
final class EvalTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description = "Directory of .tml files, e.g. ../shared/bench/temporal/tbaq")
  Path dir;

  @Option(names = "--json", description = "Print one JSON object with snake_case keys.")
  boolean json;

  @Option(
      names = "--verbose",
      description =
          "List every miss, false hit and wrong value (with --json: under \"differences\").")
  boolean verbose;

  @Option(
      names = "--no-reference",
      description = "Skip the SUTime reference (it loads CoreNLP models).")
  boolean noReference;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "not a directory: " + dir);
    }
    TimeReport report = TimeReport.run(dir, !noReference);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> result = report.json();
      if (verbose) {
        result.put("differences", report.diffs());
        if (!noReference) result.put("reference_differences", report.referenceDiffs());
      }
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      if (verbose) {
        report.diffs().forEach(out::println);
        report.referenceDiffs().forEach(d -> out.println("[SUTime] " + d));
      }
      out.print(report.table());
    }
    out.flush();
    return 0;
  }
}
