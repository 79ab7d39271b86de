package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/**
 * When a found quantity matches an expected result: the same span and the same value. Which span
 * depends on the model: Number compares the number alone, NumberRange the number with its
 * qualifiers ("more than 30", "500 or more"), Currency and Dimension the amount with its unit but
 * without a qualifier ("$ 75 million", "3-inch").
 */
final class QuantityMatch {
  private static final double TOLERANCE = 1e-6;

  private QuantityMatch() {}

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  }

  static boolean number(QuantityCase.Expected e, List<QuantityFound> found) {
    double v = QuantityScope.value(e);
    return found.stream().anyMatch(f -> f.valueStart() == e.start() && f.valueEnd() == e.end()
        && same(f.low(), v) && same(f.high(), v));
  }

  static boolean range(QuantityCase.Expected e, List<QuantityFound> found, boolean lenientStart) {
    QuantityInterval i = QuantityInterval.parse(e.value());
    if (i == null) return false;
    String q = i.qualifier();
    return found.stream().anyMatch(f -> f.boundEnd() == e.end()
        && (lenientStart ? f.start() >= e.start() : f.start() == e.start())
        && same(f.low(), i.expectedLow()) && same(f.high(), i.expectedHigh())
        && (q.equals("exact") ? !f.bound() : f.qualifier().equals(q)));
  }

  static boolean amount(QuantityCase.Expected e, List<QuantityFound> found) {
    double v = QuantityScope.value(e);
    return found.stream().anyMatch(f -> f.amountStart() == e.start() && f.end() == e.end()
        && same(f.low(), v) && same(f.high(), v));
  }

  /** quantulum3: a found quantity overlapping the surface with the same value (midpoint ± half). */
  static QuantityFound quantulum(QuantityCase.Expected e, List<QuantityFound> found) {
    double v = QuantityScope.value(e);
    for (QuantityFound f : found) {
      boolean overlaps = e.start() < 0 || f.start() < e.end() && e.start() < f.end();
      double mid = (f.low() + f.high()) / 2;
      double half = (f.high() - f.low()) / 2;
      if (overlaps && same(mid, v) && same(half, e.uncertainty())) return f;
    }
    return null;
  }

  /** quantulum3 unit names for sitrep's units; "dimensionless" is no unit or a counted noun. */
  static boolean sameUnit(QuantityCase.Expected e, QuantityFound f) {
    String want = e.unit() == null ? "dimensionless" : e.unit().toLowerCase(Locale.ROOT);
    String have = f.kind() == QuantityFound.Kind.PLAIN ? "dimensionless" : QuantityUnitNames.of(f.unit());
    return want.equals(have);
  }
}
