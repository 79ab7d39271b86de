package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TempEval-3 figures over a corpus. Extents: strict counts a gold expression found when a system
 * expression has exactly its span; relaxed when they overlap (one-to-one, in text order). Value and
 * type are judged on relaxed matches: value F1 uses as true positives the relaxed matches whose
 * normalised value is equal, over all system (precision) and all gold (recall) expressions, which
 * equals relaxed F1 times value accuracy, as in TempEval-3.
 */
record TimeScore(
    int gold,
    int system,
    int strict,
    int relaxed,
    int valueMatches,
    int typeMatches,
    long nanos,
    int documents) {

  static final TimeScore ZERO = new TimeScore(0, 0, 0, 0, 0, 0, 0, 0);

  TimeScore plus(TimeScore o) {
    return new TimeScore(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        valueMatches + o.valueMatches,
        typeMatches + o.typeMatches,
        nanos + o.nanos,
        documents + o.documents);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double strictPrecision() {
    return ratio(strict, system);
  }

  double strictRecall() {
    return ratio(strict, gold);
  }

  double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  double valuePrecision() {
    return ratio(valueMatches, system);
  }

  double valueRecall() {
    return ratio(valueMatches, gold);
  }

  double typeAccuracy() {
    return ratio(typeMatches, relaxed);
  }

  double valueAccuracy() {
    return ratio(valueMatches, relaxed);
  }

  double millisPerDocument() {
    return documents == 0 ? 0 : nanos / 1e6 / documents;
  }

  /** The figures under their snake_case names, rounded to four places. */
  Map<String, Object> figures() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("extent_precision_strict", round(strictPrecision()));
    f.put("extent_recall_strict", round(strictRecall()));
    f.put("extent_f1_strict", round(f1(strictPrecision(), strictRecall())));
    f.put("extent_precision_relaxed", round(relaxedPrecision()));
    f.put("extent_recall_relaxed", round(relaxedRecall()));
    f.put("extent_f1_relaxed", round(f1(relaxedPrecision(), relaxedRecall())));
    f.put("value_precision", round(valuePrecision()));
    f.put("value_recall", round(valueRecall()));
    f.put("value_f1", round(f1(valuePrecision(), valueRecall())));
    f.put("value_accuracy", round(valueAccuracy()));
    f.put("type_accuracy", round(typeAccuracy()));
    f.put("gold", gold);
    f.put("system", system);
    f.put("documents", documents);
    f.put("cpu_ms_per_document", Math.round(millisPerDocument() * 1000) / 1000.0);
    return f;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
