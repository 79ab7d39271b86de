package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;

/** Round axis values: a top of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, and five steps to it. */
final class Ticks {
  private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

  private Ticks() {}

  static double niceTop(double max) {
    if (max <= 0) return 1;
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double s : STEPS) {
      if (s * power >= max * 1.05) return s * power;
    }
    return 10 * power;
  }

  static List<Double> of(double top) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i <= 5; i++) out.add(top * i / 5);
    return out;
  }

  /** Up to five evenly spaced days from first to last. */
  static List<Long> days(long first, long last) {
    List<Long> out = new ArrayList<>();
    int n = (int) Math.min(4, Math.max(1, last - first));
    for (int i = 0; i <= n; i++) out.add(first + (last - first) * i / n);
    return out;
  }
}
