package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.extract.ExtractionBench;
import org.sitrep.extract.ShingleScore;
import org.sitrep.record.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep bench extract DIR}: main-text extraction against the article-extraction set. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Score article extraction on DIR/ground-truth.json and DIR/html/*.html.gz:"
        + " shingle precision, recall, F1 and pages per second.")
final class BenchExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The benchmark directory.")
  Path dir;

  @Option(names = "--threads", description = "Extraction threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--passes", description = "Timed passes after the warm-up; the fastest counts"
      + " (default: 3).")
  int passes = 3;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "List the worst pages.")
  boolean verbose;

  @Option(names = "--worst", description = "How many worst pages --verbose lists (default: 10).")
  int worst = 10;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be >= 1");
    if (passes < 1) throw new ParameterException(spec.commandLine(), "--passes must be >= 1");
    ExtractionBench.Result r = new ExtractionBench().run(dir, threads, passes);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(RecordJson.toPrettyJson(figures(r)));
    } else {
      out.printf(Locale.ROOT, "pages      %d%nprecision  %.4f%nrecall     %.4f%nF1         %.4f%n"
          + "speed      %.1f pages/s on %d threads (wall clock)%n"
          + "cpu        %.1f pages per CPU-second (%.1f pages/s on %d dedicated cores)%n",
          r.pages(), r.precision(), r.recall(), r.f1(), r.pagesPerSecond(), r.threads(),
          r.pagesPerCpuSecond(), r.pagesPerCpuSecond() * r.threads(), r.threads());
    }
    if (verbose) {
      for (ShingleScore s : r.worst(worst)) {
        out.printf(Locale.ROOT, "  worst  %s  P %.3f  R %.3f%n", s.id(), s.precision(), s.recall());
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> figures(ExtractionBench.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pages", r.pages());
    m.put("precision", r.precision());
    m.put("recall", r.recall());
    m.put("f1", r.f1());
    m.put("pages_per_second", r.pagesPerSecond());
    m.put("pages_per_cpu_second", r.pagesPerCpuSecond());
    m.put("threads", r.threads());
    return m;
  }
}
