package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.TimeRef;

class FigureDatesTest {
  private static final TimeRef TUESDAY = new TimeRef("on Tuesday", "2025-07-01", 0, 10);
  private static final TimeRef TUESDAY_NIGHT = new TimeRef("overnight", "2025-07-01TNI", 0, 9);

  @Test
  void aStoryThatMovesFromADaysStrikeToThatNightLeavesTheStrikeBehind() {
    assertTrue(FigureDates.sameDay(TUESDAY, List.of("2025-07-01", "2025-07-01T14:00")));
    assertFalse(FigureDates.sameDay(TUESDAY, List.of("2025-07-01TNI")), "overnight, after a daytime strike");
    assertFalse(FigureDates.sameDay(TUESDAY_NIGHT, List.of("2025-07-01")), "on Tuesday, after the night's barrage");
    assertTrue(FigureDates.sameDay(TUESDAY_NIGHT, List.of("2025-07-01TNI")));
    assertFalse(FigureDates.sameDay(TUESDAY, List.of("2025-06")));
  }
}
