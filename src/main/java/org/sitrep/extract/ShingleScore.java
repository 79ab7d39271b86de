package org.sitrep.extract;

import java.util.Map;

/**
 * One page's score under the article-extraction benchmark's metric: the multiset intersection of
 * predicted and gold 4-shingles. Precision is undefined (NaN) without predicted shingles, recall
 * without gold ones; a page where both are empty scores 1 for both.
 */
public record ShingleScore(String id, double precision, double recall) {

  public static ShingleScore of(String id, String predicted, String gold) {
    Map<String, Integer> p = Shingles.of(predicted);
    Map<String, Integer> g = Shingles.of(gold);
    long tp = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      Integer other = g.get(e.getKey());
      if (other != null) tp += Math.min(e.getValue(), other);
    }
    long fp = total(p) - tp;
    long fn = total(g) - tp;
    if (fp == 0 && fn == 0) return new ShingleScore(id, 1, 1);
    double precision = tp + fp > 0 ? tp / (double) (tp + fp) : Double.NaN;
    double recall = tp + fn > 0 ? tp / (double) (tp + fn) : Double.NaN;
    return new ShingleScore(id, precision, recall);
  }

  private static long total(Map<String, Integer> shingles) {
    long n = 0;
    for (int c : shingles.values()) n += c;
    return n;
  }

  /** The page's F1, for ranking the worst pages; 0 when either side is undefined. */
  public double f1() {
    if (Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0) return 0;
    return 2 * precision * recall / (precision + recall);
  }
}
