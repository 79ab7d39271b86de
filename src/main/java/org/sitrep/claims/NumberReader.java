package org.sitrep.claims;

import java.util.List;

/**
 * Reads one number at a token: digits ("12,000", "1.5bn", "10k"), words ("two hundred and fifty",
 * "a dozen", "half a million"), mixed ("3 million", "4 thousand 3 hundred and 21") and vague
 * amounts ("dozens", "hundreds of thousands", "several hundred", "a few thousand").
 *
 * <p>Vague amounts get a low and high end by one rule: the plural of a scale S means 2S up to the
 * next power of ten less one ("hundreds" 200-999, "thousands" 2,000-9,999, "tens of thousands"
 * 20,000-99,999, "dozens" 24-99, "scores" 40-99); "several S" is 3S-9S, "a few S" 2S-5S and
 * "many S" 2S-9S.
 */
final class NumberReader {
  private final List<NumberToken> tokens;

  NumberReader(List<NumberToken> tokens) {
    this.tokens = tokens;
  }

  /** The number that starts at token {@code i}, or null. {@code money}: a currency sign precedes. */
  NumberExpression read(int i, boolean money) {
    NumberExpression v = NumberVagueness.read(tokens, i);
    if (v != null) return v;
    NumberExpression f = fractionOfScale(i);
    if (f != null) return f;
    return new NumberCardinal(this, tokens, i, money).read();
  }

  String lower(int i) {
    return i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).lower() : "";
  }

  /** "half a million", "a quarter million", "three quarters of a billion", "half a dozen". */
  private NumberExpression fractionOfScale(int i) {
    int j = i;
    if (lower(j).equals("a") || lower(j).equals("one")) j++;
    double frac;
    if (lower(j).equals("half")) frac = 0.5;
    else if (lower(j).equals("quarter")) frac = 0.25;
    else if (lower(j).equals("three") && lower(j + 1).equals("quarters")) {
      frac = 0.75;
      j++;
    } else return null;
    j++;
    if (lower(j).equals("of") && lower(j + 1).equals("a")) j += 2;
    else if (lower(j).equals("a")) j++;
    double s = NumberWords.isDozen(lower(j)) ? 12 : NumberWords.scale(lower(j));
    if (s == 0 || lower(j).equals("dozens")) return null;
    return new NumberExpression(i, j + 1, frac * s, frac * s, false, s, 2);
  }

  /** Fraction words after "and": "a half", "one half", "a quarter", "three quarters". */
  int fractionAfterAnd(int j, double[] out) {
    String a = lower(j);
    String b = lower(j + 1);
    if ((a.equals("a") || a.equals("one")) && (b.equals("half") || b.equals("quarter"))) {
      out[0] = b.equals("half") ? 0.5 : 0.25;
      return j + 2;
    }
    if (a.equals("three") && b.equals("quarters")) {
      out[0] = 0.75;
      return j + 2;
    }
    return -1;
  }
}
