package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearPartsTest {
  private static final TimeFinder FINDER = new TimeFinder();

  private static List<String> spans(String text, String published) {
    LocalDate day = LocalDate.parse(published);
    return YearParts.asSpans(FINDER.find(text, day), text, day).stream()
        .map(t -> t.text() + " = " + t.type() + " " + t.value()).toList();
  }

  @Test
  void theFirstMonthsOfAYearAreThatSpanOfTheCalendar() {
    assertEquals(List.of("the first three months = DATE 2026-01/2026-03"),
        spans("Gangs killed 1,086 people in the first three months.", "2026-08-21"));
    assertEquals(List.of("the first six months of 2025 = DATE 2025-01/2025-06"),
        spans("Some 3,000 died in the first six months of 2025.", "2026-08-21"));
    assertEquals(List.of("the first 10 days of March = DATE 2026-03-01/2026-03-10"),
        spans("In the first 10 days of March, 40 died.", "2026-08-21"));
  }

  @Test
  void aSpanNotYetEndedOrOfNoCalendarStaysADuration() {
    assertEquals(List.of("the first three months = DURATION P3M"),
        spans("Gangs killed 1,086 people in the first three months.", "2026-02-10"));
    assertEquals("DURATION", FINDER.find("In the first three days of the offensive 9 died.", LocalDate.parse("2026-08-21"))
        .get(0).type());
    assertEquals(List.of("the first three days = DURATION P3D"),
        spans("In the first three days of the offensive 9 died.", "2026-08-21"));
  }
}
