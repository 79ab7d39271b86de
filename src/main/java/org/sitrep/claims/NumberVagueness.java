package org.sitrep.claims;

import java.util.List;
import java.util.Map;

/**
 * Vague amounts: "dozens", "hundreds", "tens of thousands", "hundreds of thousands", "several
 * hundred", "a few thousand", "many thousands". See {@link NumberReader} for the ranges given.
 */
final class NumberVagueness {
  /** Low and high multipliers of the scale for a vague determiner ("several hundred": 3-9). */
  private static final Map<String, double[]> DETERMINERS = Map.of(
      "several", new double[] {3, 9}, "few", new double[] {2, 5}, "many", new double[] {2, 9});

  private NumberVagueness() {}

  static NumberExpression read(List<NumberToken> tokens, int i) {
    NumberExpression p = plural(tokens, i);
    return p != null ? p : determined(tokens, i);
  }

  private static String lower(List<NumberToken> tokens, int i) {
    return i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).lower() : "";
  }

  /** "dozens", "hundreds of thousands"; "tens" and "scores" only before "of". */
  private static NumberExpression plural(List<NumberToken> tokens, int i) {
    String w = lower(tokens, i);
    double p = NumberWords.pluralScale(w);
    if (p == 0) return null;
    boolean of = lower(tokens, i + 1).equals("of");
    double p2 = of ? NumberWords.pluralScale(lower(tokens, i + 2)) : 0;
    if (p2 >= 1000 && p2 > p) {
      return vague(i, i + 3, p * p2);
    }
    if ((w.equals("tens") || w.equals("scores")) && !of) return null;
    return vague(i, i + 1, p);
  }

  /** 2S up to the next power of ten less one; "dozens" and "scores" stop at 99. */
  private static NumberExpression vague(int first, int last, double s) {
    double low = 2 * s;
    double high = Math.pow(10, Math.floor(Math.log10(s) + 1e-9) + 1) - 1;
    if (high < low) high = Math.pow(10, Math.floor(Math.log10(low) + 1e-9) + 1) - 1;
    return new NumberExpression(first, last, low, high, true, s, 1);
  }

  /** "several hundred", "a few thousand", "many thousands", "several hundred thousand". */
  private static NumberExpression determined(List<NumberToken> tokens, int i) {
    int j = i;
    if (lower(tokens, j).equals("a") && lower(tokens, j + 1).equals("few")) j++;
    double[] range = DETERMINERS.get(lower(tokens, j));
    if (range == null) return null;
    String w = lower(tokens, j + 1);
    double s = w.equals("hundred") || w.equals("hundreds") ? 100 : NumberWords.scale(w);
    if (s == 0) s = NumberWords.pluralScale(w) >= 100 ? NumberWords.pluralScale(w) : 0;
    if (s == 0) return null;
    int last = j + 2;
    double s2 = NumberWords.scale(lower(tokens, last));
    if (s2 > s) {
      s *= s2;
      last++;
    }
    return new NumberExpression(i, last, range[0] * s, range[1] * s, true, s, 1);
  }
}
