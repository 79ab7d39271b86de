package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.QuantityEval;
import org.sitrep.eval.QuantityScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep eval quantities DIR}: numbers, ranges and amounts, beside CoreNLP's numbers. */
@Command(
    name = "quantities",
    mixinStandardHelpOptions = true,
    description = "Score the quantity parser on Recognizers-Text (Number, NumberRange, Currency, "
        + "Dimension) and quantulum3, with CoreNLP's number normalisation as the reference.")
final class EvalQuantitiesCommand implements Callable<Integer> {
  static final String ANCHORS = "Published anchors (NewsQuant, value F1): CQE 92.0, quantulum3 73.0,"
      + " Recognizers-Text 69.1; value+unit F1: 85.6, 47.2, 34.2";
  private static final List<String> KEYS = List.of(
      "number", "number_range", "currency", "dimension", "quantulum_value", "quantulum_value_unit");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the bench/quantities directory")
  Path dir;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--verbose", description = "list every failed in-scope case")
  boolean verbose;

  @Option(names = "--no-reference", description = "skip the CoreNLP reference (faster)")
  boolean noReference;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "not a directory: " + dir);
    }
    QuantityEval eval = new QuantityEval(dir);
    List<QuantityScore> ours = eval.sitrep();
    List<QuantityScore> ref = noReference ? null : eval.reference();
    PrintWriter out = spec.commandLine().getOut();
    if (json) out.println(json(ours, ref));
    else table(out, ours, ref);
    out.flush();
    return 0;
  }

  private void table(PrintWriter out, List<QuantityScore> ours, List<QuantityScore> ref) {
    out.printf(Locale.ROOT, "%-24s %-20s %8s %10s%n", "model", "in scope", "sitrep",
        ref == null ? "" : "CoreNLP");
    for (int i = 0; i < ours.size(); i++) {
      QuantityScore s = ours.get(i);
      out.printf(Locale.ROOT, "%-24s %4d/%-4d %6.1f%%   %7.1f%% %9s%n", s.name(), s.inScope(),
          s.total(), 100 * s.coverage(), 100 * s.passRate(),
          ref == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * ref.get(i).passRate()));
    }
    out.println(ANCHORS);
    if (verbose) failures(out, ours);
  }

  private static void failures(PrintWriter out, List<QuantityScore> scores) {
    for (QuantityScore s : scores) {
      out.println();
      out.println(s.name() + ": " + s.failures().size() + " failed; out of scope: " + s.excluded());
      for (String f : s.failures()) out.println("  " + f);
    }
  }

  private String json(List<QuantityScore> ours, List<QuantityScore> ref) throws Exception {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    fill(root, ours, true);
    if (ref != null) fill(root.putObject("reference").put("tool", "CoreNLP 4.5.10 numeric NER"), ref, false);
    ObjectNode anchors = root.putObject("anchors");
    anchors.put("cqe_value_f1", 92.0).put("quantulum3_value_f1", 73.0)
        .put("recognizers_text_value_f1", 69.1);
    if (verbose) {
      ObjectNode failed = root.putObject("failures");
      for (int i = 0; i < ours.size(); i++) {
        failed.putPOJO(KEYS.get(i), ours.get(i).failures());
      }
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void fill(ObjectNode node, List<QuantityScore> scores, boolean coverage) {
    for (int i = 0; i < scores.size(); i++) {
      String key = KEYS.get(i);
      QuantityScore s = scores.get(i);
      String rate = key.startsWith("quantulum") ? key + "_match" : key + "_pass_rate";
      node.put(rate, round(s.passRate()));
      if (coverage && !key.equals("quantulum_value_unit")) {
        node.put(key.replace("_value", "") + "_coverage", round(s.coverage()));
        node.put(key.replace("_value", "") + "_in_scope", s.inScope());
        node.put(key.replace("_value", "") + "_cases", s.total());
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
