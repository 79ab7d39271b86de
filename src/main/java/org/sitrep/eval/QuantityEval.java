package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.nlp.CoreNlpNumbers;

/**
 * {@code sitrep eval quantities}: sitrep's quantity parser on the Recognizers-Text English Number,
 * NumberRange, Currency and Dimension specs and on quantulum3, with CoreNLP's number recognition
 * scored on the same in-scope cases. A Recognizers-Text case passes when every in-scope expected
 * result is found with the same span and value ({@link QuantityMatch}); a case that expects nothing
 * passes when nothing of the model's kind is found. See {@link QuantityScope} for the scope.
 */
public final class QuantityEval {
  static final List<String> MODELS =
      List.of("NumberModel", "NumberRangeModel", "CurrencyModel", "DimensionModel");
  private final Map<String, List<QuantityCase>> recognizers = new LinkedHashMap<>();
  private final List<QuantityCase> quantulum;

  /** Loads the benchmark under {@code dir} (bench/quantities). */
  public QuantityEval(Path dir) {
    for (String m : MODELS) {
      recognizers.put(m, QuantitySpecs.loadRecognizers(QuantitySpecs.recognizers(dir, m)));
    }
    quantulum = QuantitySpecs.loadQuantulum(dir);
  }

  /** The scores of sitrep's parser. */
  public List<QuantityScore> sitrep() {
    return score(QuantityFound.sitrep(), false);
  }

  /** The scores of CoreNLP's numeric entities on the same cases (loads CoreNLP models). */
  public List<QuantityScore> reference() {
    return score(new QuantityReference(new CoreNlpNumbers()), true);
  }

  List<QuantityScore> score(QuantityFound.Finder finder, boolean reference) {
    List<QuantityScore> out = new ArrayList<>();
    for (var e : recognizers.entrySet()) out.add(model(e.getKey(), e.getValue(), finder, reference));
    out.addAll(new QuantityQuantulum(quantulum).score(finder));
    return out;
  }

  private static QuantityScore model(
      String model, List<QuantityCase> cases, QuantityFound.Finder finder, boolean reference) {
    int inScope = 0;
    int passed = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Integer> excluded = new TreeMap<>();
    for (QuantityCase c : cases) {
      List<QuantityCase.Expected> wanted = new ArrayList<>();
      String reason = c.expected().isEmpty() ? QuantityScope.negative(model, c.input()) : null;
      for (QuantityCase.Expected e : c.expected()) {
        String r = outOfScope(model, c.input(), e);
        if (r == null) wanted.add(e);
        else reason = r;
      }
      if (wanted.isEmpty() && (!c.expected().isEmpty() || reason != null)) {
        excluded.merge(reason, 1, Integer::sum);
        continue;
      }
      inScope++;
      List<QuantityFound> found = finder.find(c.input());
      List<QuantityCase.Expected> missed = wanted.stream()
          .filter(e -> !matches(model, e, found, reference)).toList();
      boolean ok = c.expected().isEmpty() ? clean(model, found) : missed.isEmpty();
      if (ok) passed++;
      else failures.add(failure(c, missed, found));
    }
    return new QuantityScore(model, cases.size(), inScope, passed, failures, excluded);
  }

  private static String outOfScope(String model, String input, QuantityCase.Expected e) {
    return switch (model) {
      case "NumberModel" -> QuantityScope.number(input, e);
      case "NumberRangeModel" -> QuantityScope.range(input, e);
      default -> QuantityScope.amount(input, e);
    };
  }

  private static boolean matches(
      String model, QuantityCase.Expected e, List<QuantityFound> found, boolean reference) {
    return switch (model) {
      case "NumberModel" -> QuantityMatch.number(e, found);
      case "NumberRangeModel" -> QuantityMatch.range(e, found, reference);
      default -> QuantityMatch.amount(e, found);
    };
  }

  /** A case expecting nothing: nothing of the model's kind may be found. */
  private static boolean clean(String model, List<QuantityFound> found) {
    return switch (model) {
      case "NumberModel" -> found.stream().noneMatch(f -> f.kind() == QuantityFound.Kind.PLAIN);
      case "NumberRangeModel" -> found.stream().noneMatch(f -> f.range() || f.bound());
      case "CurrencyModel" -> found.stream().noneMatch(f -> f.kind() == QuantityFound.Kind.CURRENCY);
      default -> found.stream().noneMatch(f -> f.kind() == QuantityFound.Kind.MEASURE
          && !"percent".equals(f.unit()));
    };
  }

  static String failure(
      QuantityCase c, List<QuantityCase.Expected> missed, List<QuantityFound> found) {
    String want = missed.isEmpty() ? "nothing"
        : missed.stream().map(e -> "'" + e.text() + "'=" + e.value() + "@" + e.start() + "-" + e.end())
            .collect(Collectors.joining("; "));
    String got = found.stream().map(f -> "'" + c.input().substring(f.start(), f.end()) + "' "
        + fmt(f.low()) + (f.range() ? ".." + fmt(f.high()) : "") + " " + f.qualifier()
        + (f.unit() == null ? "" : " " + f.unit()) + " @" + f.start() + "-" + f.end()
        + " value@" + f.valueStart() + "-" + f.valueEnd())
        .collect(Collectors.joining("; "));
    return c.input() + "\n      expected: " + want + "\n      found:    " + (got.isEmpty() ? "nothing" : got);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
