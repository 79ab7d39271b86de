package org.sitrep.eval;

/**
 * A NumberRange resolution in interval notation: "[10,15)", "(30,)", "(,100]".
 *
 * <p>How it maps to sitrep's low, high and qualifier: a two-sided interval is a range with low =
 * its left end and high = its right end, whatever its brackets, since news ranges ("between 10,000
 * and 12,000") are read inclusively and Recognizers-Text writes them half-open by convention. A
 * one-sided interval is a bound with low = high = its end: "(a," is more_than, "[a," at_least,
 * ",b)" less_than and ",b]" at_most. "[a,a]" is the single number a.
 */
record QuantityInterval(Double low, boolean lowClosed, Double high, boolean highClosed) {

  static QuantityInterval parse(String s) {
    if (s == null || s.length() < 3) return null;
    String t = s.trim();
    int comma = t.indexOf(',');
    if (comma < 0) return null;
    try {
      String a = t.substring(1, comma).trim();
      String b = t.substring(comma + 1, t.length() - 1).trim();
      return new QuantityInterval(a.isEmpty() ? null : Double.valueOf(a), t.charAt(0) == '[',
          b.isEmpty() ? null : Double.valueOf(b), t.charAt(t.length() - 1) == ']');
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The qualifier sitrep should give: exact, more_than, at_least, less_than or at_most. */
  String qualifier() {
    if (low != null && high != null) return "exact";
    if (low != null) return lowClosed ? "at_least" : "more_than";
    return highClosed ? "at_most" : "less_than";
  }

  double expectedLow() {
    return low != null ? low : high;
  }

  double expectedHigh() {
    return high != null ? high : low;
  }
}
