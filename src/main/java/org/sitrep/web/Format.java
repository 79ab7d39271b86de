package org.sitrep.web;

import java.util.List;
import java.util.Locale;

/** Small formatting shared by the pages. */
final class Format {
  private Format() {}

  /** A number without a trailing .0, with thousands separators: 12,000 or 2.5. */
  static String number(Double v) {
    if (v == null) return "";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", v.longValue());
    return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "");
  }

  /** "10,000–12,000" or "3,000". */
  static String range(Double low, Double high) {
    if (low == null) return "";
    if (high == null || high.equals(low)) return number(low);
    return number(low) + "–" + number(high);
  }

  /** "1 incident", "2 incidents". */
  static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  static String join(List<String> items) {
    return items == null || items.isEmpty() ? "—" : String.join(", ", items);
  }

  /** The first {@code max} chars of a text, cut at a word, with an ellipsis when cut. */
  static String cut(String s, int max) {
    if (s == null || s.length() <= max) return s;
    int space = s.lastIndexOf(' ', max);
    return s.substring(0, space > max / 2 ? space : max) + "…";
  }
}
