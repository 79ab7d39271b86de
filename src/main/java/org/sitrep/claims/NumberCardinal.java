package org.sitrep.claims;

import java.util.List;

/**
 * Reads one cardinal number left to right: digits, number words and scale words in any mix
 * ("4 thousand 3 hundred and 21", "twenty-one trillion", "five and a half million"), keeping the
 * longest prefix that is a well-formed number. Not thread-safe: one instance per read.
 */
final class NumberCardinal {
  private final NumberReader reader;
  private final List<NumberToken> tokens;
  private final int first;
  private final boolean money;
  private double total;
  private double group;
  private double small;
  private boolean groupHasHundred;
  private double lastScale = Double.POSITIVE_INFINITY;
  private double maxScale = 1;
  private Atom last = Atom.NONE;
  private boolean afterAnd;
  private int atoms;
  private int bestEnd = -1;
  private double bestValue;
  private int andEnd = -1;
  private double andValue;

  NumberCardinal(NumberReader reader, List<NumberToken> tokens, int first, boolean money) {
    this.reader = reader;
    this.tokens = tokens;
    this.first = first;
    this.money = money;
  }

  NumberExpression read() {
    int j = first;
    while (j < tokens.size()) {
      int next = step(j);
      if (next < 0) break;
      j = next;
    }
    if (bestEnd < 0) return null;
    return new NumberExpression(first, bestEnd, bestValue, bestValue, false, maxScale, atoms);
  }

  private void keep(int end) {
    bestEnd = end;
    bestValue = total + group;
  }

  /** Consumes the token at j; returns the next index or -1 to stop. */
  private int step(int j) {
    NumberToken t = tokens.get(j);
    if (j > first && !t.spaced() && t.isWord() && last != Atom.DASH) return -1;
    if (t.isDigits()) return digits(j, t);
    if (t.isWord()) return word(j, t.lower());
    if (t.isDash() && last == Atom.TENS && NumberWords.ones(reader.lower(j + 1)) > 0) {
      last = Atom.DASH;
      return j + 1;
    }
    if (t.isSymbol("&") && (last == Atom.HUNDRED || last == Atom.SCALE)) return and(j);
    return -1;
  }

  private int digits(int j, NumberToken t) {
    if (last == Atom.NONE) {
      group = t.value();
    } else if ((last == Atom.SCALE || last == Atom.HUNDRED || last == Atom.AND)
        && t.isPlainInteger() && t.spaced() && t.value() >= 1
        && t.value() < (last == Atom.SCALE ? Math.min(1000, lastScale) : 100)) {
      afterAnd = last == Atom.AND;
      group += t.value();
    } else {
      return -1;
    }
    small = t.value();
    last = Atom.DIGITS;
    atoms++;
    keep(j + 1);
    return suffix(j + 1);
  }

  /** "10k", "1.5bn", "10M", "2.33 k" right after digits. */
  private int suffix(int j) {
    if (j >= tokens.size() || !tokens.get(j).isWord()) return j;
    NumberToken s = tokens.get(j);
    String w = s.text();
    boolean letterOnly = w.length() <= 2;
    if (s.spaced() && !(letterOnly && "kKMGB".contains(w.substring(0, 1))
        && !w.equals("Mr") && !w.equals("Ms"))) return j;
    if (w.equals("G") && !s.spaced() && !money && tokens.get(j - 1).isPlainInteger()) return j;
    double mult = NumberWords.suffix(w, money || w.equals("m") && countedNext(j + 1));
    if (mult == 0 || !(mult < lastScale)) return j;
    // "40 M23 rebels", "40 M1 tanks": a letter glued to what follows is a name's start, no suffix
    if (j + 1 < tokens.size() && !tokens.get(j + 1).spaced()
        && (tokens.get(j + 1).isDigits() || tokens.get(j + 1).isWord())) return j;
    scale(mult);
    keep(j + 1);
    return j + 1;
  }

  /**
   * "1m people", "2.5m refugees": a lower-case "m" or "bn" glued to digits and followed by a
   * plural noun that is not a measure is a scale, where "1.8m tall" is a length.
   */
  private boolean countedNext(int j) {
    if (j >= tokens.size() || !tokens.get(j).isWord()) return false;
    String w = tokens.get(j).lower();
    return QuantityNouns.isPlural(w) && !QuantityNouns.isStop(w)
        && !QuantityUnits.MEASURES.containsKey(w) && !QuantityUnits.DURATIONS.containsKey(w);
  }

  private void scale(double s) {
    total += group * s;
    group = 0;
    small = 0;
    groupHasHundred = false;
    lastScale = s;
    maxScale = Math.max(maxScale, s);
    last = Atom.SCALE;
  }

  private int word(int j, String w) {
    int o = NumberWords.ones(w);
    int te = NumberWords.tens(w);
    if (o >= 0) return small(j, o, Atom.ONES);
    if (te >= 0) return small(j, te, Atom.TENS);
    if ((w.equals("a") || w.equals("an")) && last == Atom.NONE) return article(j);
    if (NumberWords.isHundred(w)) return hundred(j);
    if (NumberWords.isDozen(w)) return dozen(j);
    double s = NumberWords.scale(w);
    if (s > 0) return bigScale(j, s);
    if (w.equals("and")) return and(j);
    return -1;
  }

  private int small(int j, int v, Atom kind) {
    boolean ok;
    if (last == Atom.NONE) ok = true;
    else if (last == Atom.DASH || last == Atom.TENS) ok = kind == Atom.ONES && v >= 1 && v <= 9;
    else if (last == Atom.HUNDRED || last == Atom.AND) ok = group % 100 == 0;
    else if (last == Atom.SCALE) ok = group == 0;
    else if (last == Atom.ARTICLE) ok = false;
    else ok = false;
    if (!ok) return -1;
    afterAnd = last == Atom.AND || (afterAnd && (last == Atom.DASH || last == Atom.TENS));
    group += v;
    small = (last == Atom.TENS || last == Atom.DASH) ? small + v : v;
    last = kind;
    atoms++;
    keep(j + 1);
    return j + 1;
  }

  private int article(int j) {
    String n = reader.lower(j + 1);
    if (!NumberWords.isHundred(n) && !NumberWords.isDozen(n) && NumberWords.scale(n) == 0) return -1;
    group = 1;
    small = 1;
    last = Atom.ARTICLE;
    return j + 1;
  }

  private int hundred(int j) {
    boolean ok = (last == Atom.ONES || last == Atom.TENS || last == Atom.DIGITS
        || last == Atom.ARTICLE) && !groupHasHundred;
    if (last == Atom.NONE && NumberWords.scale(reader.lower(j + 1)) > 0) {
      group = 1;
      ok = true;
    }
    if (!ok) return rollback();
    group = group * 100;
    groupHasHundred = true;
    last = Atom.HUNDRED;
    atoms++;
    keep(j + 1);
    return j + 1;
  }

  private int dozen(int j) {
    if (last != Atom.ONES && last != Atom.TENS && last != Atom.DIGITS && last != Atom.ARTICLE) {
      return -1;
    }
    group = group - small + small * 12;
    atoms++;
    keep(j + 1);
    return -1;
  }

  private int bigScale(int j, double s) {
    if (group > 0 && s < lastScale && last != Atom.AND) {
      scale(s);
    } else if (group == 0 && total > 0 && last == Atom.SCALE && s > lastScale) {
      total *= s;
      lastScale = s;
      maxScale = Math.max(maxScale, s);
    } else {
      return rollback();
    }
    atoms++;
    keep(j + 1);
    return j + 1;
  }

  private int and(int j) {
    double[] frac = new double[1];
    int after = reader.fractionAfterAnd(j + 1, frac);
    if (after > 0) return fraction(after, frac[0]);
    if (last != Atom.HUNDRED && last != Atom.SCALE) return -1;
    NumberToken n = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
    if (n == null || !(n.isDigits() || NumberWords.ones(n.lower()) > 0
        || NumberWords.tens(n.lower()) > 0)) return -1;
    andEnd = bestEnd;
    andValue = bestValue;
    last = Atom.AND;
    return j + 1;
  }

  /** "five and a half million", "3 million and a half", "one billion and a half million". */
  private int fraction(int after, double frac) {
    double next = NumberWords.scale(reader.lower(after));
    if (last == Atom.ONES || last == Atom.TENS || last == Atom.DIGITS) {
      group += frac;
      if (next > 0 && next < lastScale) return after;
      keep(after);
      return -1;
    }
    if (last != Atom.SCALE) return -1;
    if (next > 0 && next < lastScale) {
      total += frac * next;
      after++;
    } else {
      total += frac * lastScale;
    }
    keep(after);
    return -1;
  }

  private int rollback() {
    if (afterAnd && andEnd > 0) {
      bestEnd = andEnd;
      bestValue = andValue;
    }
    return -1;
  }

  private enum Atom { NONE, DIGITS, ONES, TENS, DASH, HUNDRED, SCALE, AND, ARTICLE }
}
