package org.sitrep.eval;

/**
 * The quote metric for one system over a data set.
 *
 * @param gold gold direct quotes
 * @param system system quotes in scope (three words or more)
 */
public record QuoteFigures(int gold, int system, Prf content, Prf contentSpeaker) {

  /** Precision, recall and F1. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(int rightSystem, int allSystem, int foundGold, int allGold) {
      double p = allSystem == 0 ? 0 : (double) rightSystem / allSystem;
      double r = allGold == 0 ? 0 : (double) foundGold / allGold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }
}
