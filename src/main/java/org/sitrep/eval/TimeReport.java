package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.nlp.SuTimeReference;
import org.sitrep.time.TimeFinder;

/** The result of {@code sitrep eval time}: sitrep's scores, SUTime's, and the differences. */
public record TimeReport(
    Path dir,
    int documents,
    TimeScore sitrep,
    TimeScore reference,
    long referenceLoadMillis,
    List<String> diffs,
    List<String> referenceDiffs) {
  /** Value F1 on the TempEval-3 test set (UzZaman et al. 2013): the published anchors. */
  static final double ANCHOR_HEIDELTIME = 0.776;

  static final double ANCHOR_SUTIME = 0.674;

  /** Scores TimeFinder, and SUTime too when {@code withReference}, on every .tml under dir. */
  public static TimeReport run(Path dir, boolean withReference) throws IOException {
    TimeEval eval = TimeEval.load(dir);
    TimeFinder finder = new TimeFinder();
    List<String> diffs = new ArrayList<>();
    TimeScore ours = eval.run(finder::find, diffs);
    if (!withReference) return new TimeReport(dir, eval.size(), ours, null, 0, diffs, List.of());
    long t0 = System.nanoTime();
    SuTimeReference sutime = new SuTimeReference();
    long load = (System.nanoTime() - t0) / 1_000_000;
    List<String> refDiffs = new ArrayList<>();
    TimeScore ref = eval.run(sutime::find, refDiffs);
    return new TimeReport(dir, eval.size(), ours, ref, load, diffs, refDiffs);
  }

  /** The JSON shape: sitrep's figures at the top level, SUTime's under "reference". */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data", dir.toString());
    m.putAll(sitrep.figures());
    if (reference != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tool", "SUTime (Stanford CoreNLP 4.5.10)");
      r.putAll(reference.figures());
      r.put("model_load_ms", referenceLoadMillis);
      m.put("reference", r);
    }
    Map<String, Object> anchors = new LinkedHashMap<>();
    anchors.put("heideltime_value_f1", ANCHOR_HEIDELTIME);
    anchors.put("sutime_value_f1", ANCHOR_SUTIME);
    m.put("published_anchors_tempeval3_test", anchors);
    return m;
  }

  /** A readable table. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "TempEval-3 time expressions: %d documents, %d gold expressions (%s)%n",
            documents,
            sitrep.gold(),
            dir));
    b.append(
        String.format(
            Locale.ROOT, "%-22s %10s %10s%n", "", "sitrep", reference == null ? "" : "SUTime"));
    row(b, "extent P strict", TimeScore::strictPrecision);
    row(b, "extent R strict", TimeScore::strictRecall);
    row(b, "extent F1 strict", s -> TimeScore.f1(s.strictPrecision(), s.strictRecall()));
    row(b, "extent P relaxed", TimeScore::relaxedPrecision);
    row(b, "extent R relaxed", TimeScore::relaxedRecall);
    row(b, "extent F1 relaxed", s -> TimeScore.f1(s.relaxedPrecision(), s.relaxedRecall()));
    row(b, "value P", TimeScore::valuePrecision);
    row(b, "value R", TimeScore::valueRecall);
    row(b, "value F1", s -> TimeScore.f1(s.valuePrecision(), s.valueRecall()));
    row(b, "type accuracy", TimeScore::typeAccuracy);
    row(b, "CPU ms per document", TimeScore::millisPerDocument);
    b.append(
        String.format(
            Locale.ROOT,
            "%-22s %10d %10s%n",
            "expressions found",
            sitrep.system(),
            reference == null ? "" : String.valueOf(reference.system())));
    if (reference != null) {
      b.append(String.format(Locale.ROOT, "SUTime model load: %d ms%n", referenceLoadMillis));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "Published value F1 on the TempEval-3 test set: HeidelTime %.3f," + " SUTime %.3f%n",
            ANCHOR_HEIDELTIME,
            ANCHOR_SUTIME));
    return b.toString();
  }

  private void row(StringBuilder b, String name, java.util.function.ToDoubleFunction<TimeScore> f) {
    String ref =
        reference == null ? "" : String.format(Locale.ROOT, "%.3f", f.applyAsDouble(reference));
    b.append(String.format(Locale.ROOT, "%-22s %10.3f %10s%n", name, f.applyAsDouble(sitrep), ref));
  }
}
