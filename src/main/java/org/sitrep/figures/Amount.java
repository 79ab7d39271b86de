package org.sitrep.figures;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A figure's bounds: the range as written, and the interval used to test overlap, where "at least"
 * leaves the top open and "about" widens both ends by {@link #APPROXIMATE}.
 */
record Amount(Double low, Double high, String qualifier) {
  /** "About 4,000" is taken to mean within 10% either way when testing whether claims agree. */
  static final double APPROXIMATE = 0.10;

  double lower() {
    if (low == null) return 0;
    if ("at_most".equals(qualifier) || "less_than".equals(qualifier)) return 0;
    return approximate() ? low * (1 - APPROXIMATE) : low;
  }

  double upper() {
    if ("at_least".equals(qualifier) || "more_than".equals(qualifier)) return Double.POSITIVE_INFINITY;
    double top = high != null ? high : low != null ? low : Double.POSITIVE_INFINITY;
    return approximate() ? top * (1 + APPROXIMATE) : top;
  }

  double top() {
    return high != null ? high : low != null ? low : 0;
  }

  private boolean approximate() {
    return "approximate".equals(qualifier) || "vague".equals(qualifier);
  }

  boolean sameFigure(Amount o) {
    return java.util.Objects.equals(low, o.low) && java.util.Objects.equals(high, o.high);
  }

  /** "at least 250,000", "about 4,000", "10,000-12,000". */
  @Override
  public String toString() {
    return prefix() + range(low, high);
  }

  static String range(Double low, Double high) {
    if (low == null && high == null) return "?";
    if (low == null || high == null || low.equals(high)) return number(low != null ? low : high);
    return number(low) + "-" + number(high);
  }

  private String prefix() {
    if (qualifier == null) return "";
    return switch (qualifier) {
      case "approximate" -> "about ";
      case "at_least" -> "at least ";
      case "more_than" -> "more than ";
      case "at_most" -> "at most ";
      case "less_than" -> "less than ";
      default -> "";
    };
  }

  /** One format per thread: a DecimalFormat is costly to build and not safe to share. */
  private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(
      () -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return grouped((long) v);
    return NUMBER.get().format(v);
  }

  /** A whole number with thousands commas, as the format above writes it, without its cost. */
  private static String grouped(long v) {
    String digits = Long.toString(Math.abs(v));
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (v < 0) b.append('-');
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) b.append(',');
      b.append(digits.charAt(i));
    }
    return b.toString();
  }
}
