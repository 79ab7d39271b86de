package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Claim;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

class PeriodsTest {
  private static final String DAY = "2026-11-20";

  /** A claim of {@code figure} in {@code text}, dated by the words {@code when} (resolved to {@code value}). */
  private static Claim claim(String text, String figure, String kind, String measure, String when, String value) {
    int at = text.indexOf(figure);
    int t = when == null ? -1 : text.indexOf(when, when.equals(figure) ? at + 1 : 0);
    TimeRef time = when == null ? null : new TimeRef(when, value, t, t + when.length());
    double n = Double.parseDouble(figure.replace(",", ""));
    return new Claim(measure, "people", new Span(figure, at, at + figure.length()), n, n, "exact", null, kind,
        new Subject("people", null, at, at + figure.length()), null, time, null, false,
        new Span(text, 0, text.length()), "test");
  }

  private static String period(String text, String figure, String when, String value) {
    Claim c = claim(text, figure, "total", "killed", when, value);
    return Periods.of(c, "total", text, DAY);
  }

  @Test
  void aTotalOfAPastPeriodIsThatPeriods() {
    String text = "Russian forces carried out 300 attacks since January, up from 110 last year.";
    assertEquals("in 2026", period(text, "300", "January", "2026-01"));
    assertEquals("in 2025", period(text, "110", "last year", "2025"));
    assertEquals("in 2026-10", period("In October alone, 45 civilians were killed.", "45", "October", "2026-10"));
    assertEquals("in 2026-Q3", period("In the third quarter 80 people were killed.", "80", "the third quarter", "2026-Q3"));
    assertEquals("in 2026-SP", period("In the spring more than 120 people were killed.", "120", "the spring", "2026-SP"));
  }

  @Test
  void aSpanOfTwoDatesIsItsOwnPeriodFromTheFirstToTheSecond() {
    String text = "At least 2,680 people were killed between January and March.";
    String april = "At least 2,680 people were killed between January and April.";
    assertEquals("from 2026-01 to 2026-04", period(april, "2,680", "between January and April", "2026-01/2026-04"));
    assertNotEquals(period(april, "2,680", "between January and April", "2026-01/2026-04"),
        period(april, "2,680", "between January and April", "2026-01/2026-05"));
    // a span that starts after the report's day has not been counted yet
    assertNull(period(text, "2,680", "between January and March", "2027-01/2027-03"));
    // a span that is a quarter, a half or a year is that period, whatever words give it
    assertEquals("in 2026-Q1", period(text, "2,680", "between January and March", "2026-01/2026-03"));
    assertEquals("in 2026-H1", period(text, "2,680", "between January and March", "2026-01/2026-06"));
    assertEquals("in 2025", period(text, "2,680", "between January and March", "2025-01/2025-12"));
  }

  @Test
  void theCountSoFarOfAPeriodIsThatPeriodsWhateverTheWords() {
    String since = "Since January 2,100 people have been killed.";
    String thisYear = "This year 2,300 people have been killed.";
    String start = "Since the start of the year 2,400 people have been killed.";
    assertEquals("in 2026", period(since, "2,100", "January", "2026-01"));
    assertEquals("in 2026", period(thisYear, "2,300", "This year", "2026"));
    assertEquals("in 2026", period(start, "2,400", "the start of the year", "2026"));
    assertEquals("in 2026-11", period("Since the start of the month 60 people died.", "60", "the start of the month", "2026-11"));
  }

  @Test
  void aTotalCountedFromARecentDayIsItsOwnButTheWarsRunningTotalHasNoPeriod() {
    String offensive = "Since the offensive on October 10, 40 people have been killed.";
    assertEquals("since 2026-10", period(offensive, "40", "October 10", "2026-10-10"));
    assertEquals("since 2026-10", period("Since Saturday, 40 people have fled.", "40", "Saturday", "2026-10-03"));
    assertEquals("since 2026-09", period("From September 70 people were killed.", "70", "September", "2026-09"));
    String war = "Since the war began in 2022, 12,000 civilians have been killed.";
    assertNull(period(war, "12,000", "2022", "2022"));
    String which = "The war, which began in February 2022, has killed 12,000 civilians.";
    assertNull(period(which, "12,000", "February 2022", "2022-02"));
  }

  @Test
  void aComparisonOrAnotherClauseStartsNoPeriod() {
    // "up from 110 last year": "from" compares; "since 2022, ... in October": the since is another clause's
    assertEquals("in 2025", period("Attacks rose to 300, up from 110 last year.", "110", "last year", "2025"));
    assertEquals("in 2026-10", period("Since 2022, 500 were killed in October.", "500", "October", "2026-10"));
  }

  @Test
  void aCountFromATruceIsTheTrucesWhetherItsDayIsGivenOrNot() {
    String dated = "Since the ceasefire took effect in October last year, 412 Palestinians have been killed.";
    String undated = "The number of Palestinians killed since the ceasefire took effect rose to 468.";
    String after = "Some 690 people have been killed since the truce, the ministry said.";
    assertEquals("since the truce", period(dated, "412", "October last year", "2025-10"));
    assertEquals("since the truce", period(undated, "468", null, null));
    assertEquals("since the truce", period(after, "690", null, null));
    assertNull(period("The truce held, and 12 people were killed in March.", "12", null, null));
  }

  @Test
  void aWindowBackFromTheReportIsItsOwn() {
    assertEquals("in the past seven days to 2026-11-20",
        period("In the past seven days, 31 civilians were killed.", "31", "the past seven days", "P7D"));
    assertEquals("in the past year to 2026-11-20",
        period("Over the past  year 900 people were killed.", "900", "the past  year", "2025"));
  }

  @Test
  void daysDurationsSnapshotsAndTroopsHaveNoPeriod() {
    assertNull(period("On Monday 12 people were killed.", "12", "Monday", "2026-11-16"));
    assertNull(period("For two years 900 people were killed.", "900", "two years", "P2Y"));
    assertNull(period("No date here: 900 people were killed.", "900", null, null));
    String troops = "In October 9,000 troops were in the region.";
    assertNull(Periods.of(claim(troops, "9,000", "snapshot", "killed", "October", "2026-10"), "snapshot", troops, DAY));
    assertNull(Periods.of(claim(troops, "9,000", "total", "troops", "October", "2026-10"), "total", troops, DAY));
    assertNull(period("In 2027 900 people may be killed.", "900", "2027", "2027"));
  }

  @Test
  void aRunningTotalKeepsItsThreadWhileAPeriodsTotalGetsItsOwn() {
    String text = "Russian forces carried out 300 attacks since January, up from 110 last year.";
    Claim now = claim(text, "300", "total", "killed", "January", "2026-01");
    Claim before = claim(text, "110", "total", "killed", "last year", "2025");
    Claim running = claim(text, "300", "total", "killed", null, null);
    ThreadKey a = ThreadKey.of(now, List.of(), "UKR", DAY, text);
    ThreadKey b = ThreadKey.of(before, List.of(), "UKR", DAY, text);
    ThreadKey c = ThreadKey.of(running, List.of(), "UKR", DAY, text);

    assertNotEquals(a.id(), b.id());
    assertNotEquals(a.id(), c.id());
    assertEquals("killed|total|||people|UKR", c.base());
    assertEquals("killed|total|||people|UKR|in 2025", b.base());
  }
}
