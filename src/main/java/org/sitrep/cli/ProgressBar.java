package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn in place: count/total, rate and ETA. When the
 * output is not a terminal it draws nothing, and messages are plain lines.
 */
final class ProgressBar {
  /** Redraw at most this often, so a fast run does not flood the terminal. */
  static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private long lastDraw;
  private int drawnLength;

  ProgressBar(PrintWriter err, int total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  /** One more source done (stored, skipped, rejected or failed). */
  void step() {
    done++;
    long now = clock.getAsLong();
    if (terminal && (done == total || now - lastDraw >= REDRAW_NANOS)) {
      draw(line(now));
      lastDraw = now;
    }
  }

  /** A message on its own line; the bar is redrawn below it. */
  void message(String text) {
    if (terminal) clear();
    err.println(text);
    if (terminal) draw(line(clock.getAsLong()));
    err.flush();
  }

  /** Removes the bar before the summary. */
  void finish() {
    if (terminal) clear();
    err.flush();
  }

  /** "[#########...............]  12/30  1.8 articles/s  ETA 0:10". */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, (long) WIDTH * done / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    String eta = rate > 0 && done < total ? IngestTally.clock((total - done) / rate) : "--:--";
    return String.format(Locale.ROOT, "[%s] %d/%d  %.1f articles/s  ETA %s", bar, done, total, rate, eta);
  }

  private void draw(String line) {
    String padded = line.length() < drawnLength ? line + " ".repeat(drawnLength - line.length()) : line;
    err.print("\r" + padded);
    err.flush();
    drawnLength = line.length();
  }

  private void clear() {
    if (drawnLength == 0) return;
    err.print("\r" + " ".repeat(drawnLength) + "\r");
    drawnLength = 0;
  }
}
