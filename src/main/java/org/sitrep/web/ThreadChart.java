package org.sitrep.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.figures.Estimate;

/**
 * A thread's estimates over time as server-side SVG: one series per claimant (colour classes
 * s0..s6 in the stylesheet), each estimate a dot at its middle with a bar from low to high, the
 * claimant's name after its newest dot. No script, so the page's CSP needs nothing extra.
 */
final class ThreadChart {
  static final int W = 900;
  static final int H = 380;
  static final int LEFT = 80;
  static final int RIGHT = 170;
  static final int TOP = 20;
  static final int BOTTOM = 40;
  static final int COLOURS = 7;

  private final long firstDay;
  private final long lastDay;
  private final double top;

  private ThreadChart(long firstDay, long lastDay, double top) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.top = top;
  }

  /** The series by claimant, in order of first appearance; estimates without a day or value are left out. */
  static Map<String, List<Estimate>> series(List<Estimate> estimates) {
    Map<String, List<Estimate>> out = new LinkedHashMap<>();
    for (Estimate e : estimates) {
      if (e.firstDay() != null && e.low() != null) out.computeIfAbsent(e.claimant() == null ? "(unattributed)"
          : e.claimant(), k -> new ArrayList<>()).add(e);
    }
    out.values().forEach(list -> list.sort(java.util.Comparator.comparing(Estimate::firstDay)));
    return out;
  }

  static void write(Html h, String title, Map<String, List<Estimate>> series) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    double high = 0;
    for (List<Estimate> list : series.values()) {
      for (Estimate e : list) {
        min = Math.min(min, day(e.firstDay()));
        max = Math.max(max, day(e.firstDay()));
        high = Math.max(high, top(e));
      }
    }
    if (min == Long.MAX_VALUE) return;
    if (max - min < 30) {
      min -= 15;
      max += 15;
    }
    new ThreadChart(min, max, Ticks.niceTop(high)).draw(h, title, series);
  }

  private void draw(Html h, String title, Map<String, List<Estimate>> series) {
    h.open("svg", "class", "chart", "viewBox", "0 0 " + W + " " + H, "role", "img", "aria-label", title,
        "xmlns", "http://www.w3.org/2000/svg");
    h.el("title", title);
    axes(h);
    int i = 0;
    for (Map.Entry<String, List<Estimate>> s : series.entrySet()) seriesOf(h, s.getKey(), s.getValue(), i++ % COLOURS);
    h.close("svg");
  }

  private void axes(Html h) {
    for (double v : Ticks.of(top)) {
      String y = fmt(y(v));
      h.empty("line", "class", "grid", "x1", fmt(LEFT), "x2", fmt(W - RIGHT), "y1", y, "y2", y);
      h.el("text", Format.number(v), "class", "tick", "x", fmt(LEFT - 8), "y", fmt(y(v) + 4), "text-anchor", "end");
    }
    for (long d : Ticks.days(firstDay, lastDay)) {
      h.el("text", LocalDate.ofEpochDay(d).toString(), "class", "tick", "x", fmt(x(d)), "y", fmt(H - BOTTOM + 20),
          "text-anchor", "middle");
    }
    h.empty("line", "class", "axis", "x1", fmt(LEFT), "x2", fmt(W - RIGHT), "y1", fmt(y(0)), "y2", fmt(y(0)));
  }

  private void seriesOf(Html h, String claimant, List<Estimate> list, int colour) {
    h.open("g", "class", "series s" + colour);
    StringBuilder line = new StringBuilder();
    for (Estimate e : list) {
      double x = x(day(e.firstDay()));
      line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y(mid(e))));
    }
    if (list.size() > 1) h.empty("polyline", "class", "link", "points", line.toString());
    for (Estimate e : list) estimate(h, claimant, e);
    Estimate newest = list.get(list.size() - 1);
    h.el("text", claimant, "class", "name", "x", fmt(x(day(newest.firstDay())) + 10), "y", fmt(y(mid(newest)) + 4));
    h.close("g");
  }

  private void estimate(Html h, String claimant, Estimate e) {
    String x = fmt(x(day(e.firstDay())));
    String y1 = fmt(y(e.low()));
    String y2 = fmt(y(top(e)));
    h.open("g", "class", "estimate");
    h.el("title", claimant + ": " + e.range() + " (" + e.firstDay() + ")");
    h.empty("line", "class", "bar", "x1", x, "x2", x, "y1", y1, "y2", y2);
    for (String y : new String[] {y1, y2}) {
      h.empty("line", "class", "cap", "x1", fmt(x(day(e.firstDay())) - 5), "x2", fmt(x(day(e.firstDay())) + 5),
          "y1", y, "y2", y);
    }
    h.empty("circle", "class", "dot", "cx", x, "cy", fmt(y(mid(e))), "r", "4.5");
    h.close("g");
  }

  private double x(long day) {
    return LEFT + (double) (day - firstDay) / (lastDay - firstDay) * (W - LEFT - RIGHT);
  }

  private double y(double v) {
    return H - BOTTOM - v / top * (H - TOP - BOTTOM);
  }

  static double top(Estimate e) {
    return e.high() != null ? Math.max(e.high(), e.low()) : e.low();
  }

  static double mid(Estimate e) {
    return (e.low() + top(e)) / 2;
  }

  static long day(String iso) {
    return LocalDate.parse(iso.substring(0, 10)).toEpochDay();
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, v != 0 && Math.abs(v) < 10 ? "%.2f" : "%.1f", v);
  }
}
