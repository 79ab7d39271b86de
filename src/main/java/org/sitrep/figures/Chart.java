package org.sitrep.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A thread's estimates over time: one series per claimant, each estimate a point with a vertical
 * bar from its low to its high, the claimant's name written next to its newest point (no legend
 * to hunt through), titled with the subject and the measure.
 */
public final class Chart {
  static final int WIDTH = 900;
  static final int HEIGHT = 520;
  /** Share of the time span left free after the newest claim, where the names are written. */
  static final double LABEL_ROOM = 0.3;
  /** Colours told apart by most readers, including with red-green colour blindness. */
  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00),
      new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9),
      new Color(0x000000)};

  private Chart() {}

  /** Writes the chart as SVG or PNG, by the file's extension. */
  public static void write(ThreadView view, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    JFreeChart chart = chart(view);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
      Files.writeString(file, g.getSVGDocument() + "\n", StandardCharsets.UTF_8);
    } else if (name.endsWith(".png")) {
      ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    } else {
      throw new IllegalArgumentException("a plot is a .svg or .png file, not " + file);
    }
  }

  static JFreeChart chart(ThreadView view) {
    Map<String, YIntervalSeries> series = new LinkedHashMap<>();
    Map<String, double[]> newest = new LinkedHashMap<>();
    double first = Double.MAX_VALUE;
    double last = -Double.MAX_VALUE;
    for (Estimate e : view.reconciled().estimates()) {
      if (e.firstDay() != null) first = Math.min(first, millis(e.firstDay()));
      if (e.lastDay() != null) last = Math.max(last, millis(e.lastDay()));
      if (e.firstDay() == null || e.low() == null) continue;
      double x = millis(e.firstDay());
      double high = Reconciler.amount(e).top();
      series.computeIfAbsent(e.claimant(), YIntervalSeries::new).add(x, (e.low() + high) / 2, e.low(), high);
      double[] previous = newest.get(e.claimant());
      if (previous == null || x >= previous[0]) newest.put(e.claimant(), new double[] {x, high});
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    ThreadLine line = view.line();
    DateAxis time = new DateAxis("Date of the estimate");
    if (first < last) {
      // Room on the right for the names written after each claimant's newest point.
      double span = last - first;
      time.setRange(first - LABEL_ROOM / 4 * span, last + LABEL_ROOM * span);
    } else {
      time.setUpperMargin(LABEL_ROOM);
    }
    NumberAxis value = new NumberAxis(axisLabel(line));
    value.setAutoRangeIncludesZero(true);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(true);
    renderer.setDrawXError(false);
    renderer.setCapLength(8);
    renderer.setErrorStroke(new BasicStroke(2f));
    XYPlot plot = new XYPlot(data, time, value, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    List<String> names = new ArrayList<>(series.keySet());
    for (int i = 0; i < names.size(); i++) {
      Color color = PALETTE[i % PALETTE.length];
      renderer.setSeriesPaint(i, color);
      renderer.setSeriesStroke(i, new BasicStroke(1.5f));
      double[] at = newest.get(names.get(i));
      XYTextAnnotation label = new XYTextAnnotation("  " + names.get(i), at[0], at[1]);
      label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
      label.setPaint(color);
      label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
      plot.addAnnotation(label);
    }
    JFreeChart chart = new JFreeChart(line.subject() + ": " + line.measure() + " (" + line.kind() + ")",
        new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static String axisLabel(ThreadLine line) {
    return line.measure() + " (bars: low to high of each estimate)";
  }

  private static double millis(String day) {
    return LocalDate.parse(day.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
