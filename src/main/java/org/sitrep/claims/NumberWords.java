package org.sitrep.claims;

import java.util.Locale;
import java.util.Map;

/** English number words: cardinals below a hundred, scale words and digit suffixes. */
final class NumberWords {
  private static final Map<String, Integer> ONES = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("nil", 0),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60,
      "seventy", 70, "eighty", 80, "ninety", 90);
  /** Scale words that multiply everything before them in their group. */
  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("thousand", 1e3), Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5),
      Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
      Map.entry("mil", 1e6), Map.entry("crore", 1e7), Map.entry("crores", 1e7),
      Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
      Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("tln", 1e12));
  /** Vague plurals: "hundreds" means 200 to 999, that is 2 to 9.99 times the scale. */
  private static final Map<String, Double> PLURAL_SCALES = Map.of(
      "tens", 10.0, "dozens", 12.0, "scores", 20.0, "hundreds", 100.0, "thousands", 1e3,
      "millions", 1e6, "billions", 1e9, "trillions", 1e12);

  private static final java.util.Set<String> STARTERS = java.util.Set.of(
      "a", "an", "half", "quarter", "several", "few", "many", "hundred");

  private NumberWords() {}

  /** 0-19 for a cardinal word below twenty, else -1. */
  static int ones(String lower) {
    return ONES.getOrDefault(lower, -1);
  }

  /** 20-90 for a tens word, else -1. */
  static int tens(String lower) {
    return TENS.getOrDefault(lower, -1);
  }

  /** The multiplier of a scale word ("million": 1e6), or 0. Hundred and dozen are not scales. */
  static double scale(String lower) {
    return SCALES.getOrDefault(lower, 0.0);
  }

  static double pluralScale(String lower) {
    return PLURAL_SCALES.getOrDefault(lower, 0.0);
  }

  /**
   * The multiplier of a suffix written right after digits ("10k", "1.5bn", "10M"), or 0. Lower-case
   * "m" and "t" mean million and trillion only after a currency sign, since "300m" alone is a
   * length and "100t" a weight; the caller passes {@code money}.
   */
  static double suffix(String written, boolean money) {
    switch (written) {
      case "k": case "K": return 1e3;
      case "M": case "MM": case "MN": case "Mn": return 1e6;
      case "m": case "mm": return money ? 1e6 : 0;
      case "b": case "B": case "G": case "BN": case "Bn": return 1e9;
      case "T": case "t": return money ? 1e12 : 0;
      default: return scale(written.toLowerCase(Locale.ROOT));
    }
  }

  /** True when a number may begin with this word: a cardinal, "a", "half", "several", ... */
  static boolean canStart(String lower) {
    return ones(lower) >= 0 || tens(lower) >= 0 || pluralScale(lower) > 0 || STARTERS.contains(lower);
  }

  static boolean isHundred(String lower) {
    return lower.equals("hundred");
  }

  static boolean isDozen(String lower) {
    return lower.equals("dozen") || lower.equals("dozens") || lower.equals("dz")
        || lower.equals("dzs") || lower.equals("doz") || lower.equals("dozs");
  }
}
