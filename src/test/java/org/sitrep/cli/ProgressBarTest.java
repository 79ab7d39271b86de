package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  long now;

  @Test
  void lineShowsCountRateAndEta() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 30, true, () -> now);
    now = 10_000_000_000L; // ten seconds for the first five
    for (int i = 0; i < 5; i++) bar.step();
    assertEquals("[####....................] 5/30  0.5 articles/s  ETA 0:50", bar.line(now));
  }

  @Test
  void notATerminalDrawsNothingButMessages() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 3, false, () -> now);
    bar.step();
    bar.message("sitrep: x: rejected: empty file");
    bar.step();
    bar.finish();
    assertEquals("sitrep: x: rejected: empty file" + System.lineSeparator(), err.toString());
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndCleared() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, true, () -> now);
    now = 1_000_000_000L;
    bar.step();
    now = 2_000_000_000L;
    bar.step();
    bar.finish();
    String s = err.toString();
    assertTrue(s.startsWith("\r[############............] 1/2"), s);
    assertTrue(s.contains("\r[########################] 2/2"), s);
    assertTrue(s.endsWith("\r"), "cleared before the summary");
    assertTrue(!s.contains("\n"), "never a new line");
  }
}
