package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.QuoteEval;
import org.sitrep.eval.QuoteFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep eval quotes DIR}: direct quotes and speakers on PolNeAR, beside CoreNLP's. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score direct quotes (three words or more) and their speakers on a PolNeAR split.",
      "Reads text/*.txt and attributions/*.ann; CoreNLP's QuoteAttributionAnnotator is the"
          + " reference."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "a PolNeAR split, e.g. ../shared/bench/attribution/polnear/dev")
  Path dir;

  @Option(names = "--no-reference", description = "skip the slow CoreNLP reference")
  boolean noReference;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--verbose", description = "list every miss, false hit and wrong speaker")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "not a directory: " + dir);
    }
    QuoteEval.Result r = QuoteEval.run(dir, new QuoteEval.Options(!noReference));
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      notes(out, "sitrep", r.sitrepNotes());
      if (r.reference() != null) notes(out, "reference", r.referenceNotes());
    }
    if (json) out.println(json(r));
    else table(out, r);
    out.flush();
    return 0;
  }

  private static void notes(PrintWriter out, String who, List<String> notes) {
    for (String n : notes) out.println(who + "\t" + n);
  }

  static String json(QuoteEval.Result r) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = figures(mapper, r.sitrep());
    root.put("documents", r.documents());
    root.put("finder_ms_per_doc", round(r.finderMillisPerDoc()));
    if (r.reference() != null) {
      ObjectNode ref = figures(mapper, r.reference());
      ref.put("seconds_per_doc", round(r.referenceSecondsPerDoc()));
      root.set("reference", ref);
    } else {
      root.putNull("reference");
    }
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode figures(ObjectMapper mapper, QuoteFigures f) {
    ObjectNode o = mapper.createObjectNode();
    o.put("gold_quotes", f.gold());
    o.put("system_quotes", f.system());
    put(o, "content", f.content());
    put(o, "content_speaker", f.contentSpeaker());
    return o;
  }

  private static void put(ObjectNode o, String prefix, QuoteFigures.Prf p) {
    o.put(prefix + "_precision", round(p.precision()));
    o.put(prefix + "_recall", round(p.recall()));
    o.put(prefix + "_f1", round(p.f1()));
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  private static void table(PrintWriter out, QuoteEval.Result r) {
    QuoteFigures s = r.sitrep();
    out.printf(Locale.ROOT, "quotes: %d documents, %d gold direct quotes (3+ words)%n",
        r.documents(), s.gold());
    out.printf(Locale.ROOT, "%-34s %9s %9s %9s %9s%n", "", "quotes", "precision", "recall", "F1");
    row(out, "sitrep content", s.system(), s.content());
    row(out, "sitrep content+speaker", s.system(), s.contentSpeaker());
    if (r.reference() != null) {
      QuoteFigures f = r.reference();
      row(out, "CoreNLP reference content", f.system(), f.content());
      row(out, "CoreNLP reference content+speaker", f.system(), f.contentSpeaker());
      out.printf(Locale.ROOT, "ratio sitrep/reference F1: content %.2fx, content+speaker %.2fx%n",
          ratio(s.content().f1(), f.content().f1()),
          ratio(s.contentSpeaker().f1(), f.contentSpeaker().f1()));
      out.printf(Locale.ROOT, "reference time: %.2f s/document%n", r.referenceSecondsPerDoc());
    }
    out.printf(Locale.ROOT, "quote finder time: %.2f ms/document beyond annotation%n",
        r.finderMillisPerDoc());
  }

  private static void row(PrintWriter out, String label, int n, QuoteFigures.Prf p) {
    out.printf(Locale.ROOT, "%-34s %9d %9.3f %9.3f %9.3f%n", label, n, p.precision(), p.recall(),
        p.f1());
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }
}
