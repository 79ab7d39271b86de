package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
  @Test
  void topIsTheNextRoundValueAboveTheMaximum() {
    assertEquals(15000, Ticks.niceTop(12000));
    assertEquals(80, Ticks.niceTop(65));
    assertEquals(5000, Ticks.niceTop(4000));
    assertEquals(1, Ticks.niceTop(0));
  }

  @Test
  void fiveEqualSteps() {
    assertEquals(List.of(0.0, 3000.0, 6000.0, 9000.0, 12000.0, 15000.0), Ticks.of(15000));
  }

  @Test
  void daysSpreadEvenlyAndNeverRepeat() {
    assertEquals(List.of(10L, 11L), Ticks.days(10, 11));
    assertEquals(List.of(0L, 25L, 50L, 75L, 100L), Ticks.days(0, 100));
  }
}
