package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The reference date (publication date) that relative expressions resolve against, and the TIMEX3
 * spelling of dates around it. Without a reference date every relative value keeps its shape but
 * with X for the unknown digits ("XXXX-XX-XX", "XXXX-WXX").
 */
record Anchor(LocalDate date) {
  static final Anchor NONE = new Anchor(null);
  static final int MONTHS_AHEAD = 4;

  boolean known() {
    return date != null;
  }

  String day(long offset) {
    return known() ? date.plusDays(offset).toString() : "XXXX-XX-XX";
  }

  String week(long offset) {
    if (!known()) return "XXXX-WXX";
    LocalDate d = date.plusWeeks(offset);
    return String.format(
        java.util.Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  String month(long offset) {
    if (!known()) return "XXXX-XX";
    LocalDate d = date.withDayOfMonth(1).plusMonths(offset);
    return String.format(java.util.Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }

  String year(long offset) {
    return known() ? String.format(java.util.Locale.ROOT, "%04d", date.getYear() + offset) : "XXXX";
  }

  int quarterOfYear() {
    return (date.getMonthValue() - 1) / 3 + 1;
  }

  /** The quarter {@code offset} quarters from the reference's: "2025-Q2". */
  String quarter(long offset) {
    if (!known()) return "XXXX-QX";
    long q = date.getYear() * 4L + quarterOfYear() - 1 + offset;
    return String.format(java.util.Locale.ROOT, "%04d-Q%d", q / 4, q % 4 + 1);
  }

  /**
   * The year of a month named without one. News looks back more than ahead: without a future cue
   * the month is taken within the {@value #MONTHS_AHEAD} months after the reference month or the
   * seven before it; with a future cue, the next one from the reference month on.
   */
  String yearOfMonth(int month, boolean future) {
    return yearOfMonth(month, future, false);
  }

  /**
   * As {@link #yearOfMonth(int, boolean)}; {@code past} takes the latest such month up to the
   * reference.
   */
  String yearOfMonth(int month, boolean future, boolean past) {
    if (!known()) return "XXXX";
    int ref = date.getMonthValue();
    int year = date.getYear();
    if (past && !future) {
      return String.format(java.util.Locale.ROOT, "%04d", month > ref ? year - 1 : year);
    }
    if (future && month < ref) year++;
    else if (!future && month - ref > MONTHS_AHEAD) year--;
    else if (!future && ref - month > 11 - MONTHS_AHEAD) year++;
    return String.format(java.util.Locale.ROOT, "%04d", year);
  }

  /**
   * The year of a day and month given without one: like a month alone, within about {@value
   * #MONTHS_AHEAD} months after the reference or eight before it.
   */
  String yearOfDay(int month, int day) {
    return yearOfDay(month, day, false);
  }

  /**
   * As {@link #yearOfDay(int, int)}; {@code past} takes the latest such day up to the reference.
   */
  String yearOfDay(int month, int day, boolean past) {
    if (!known()) return "XXXX";
    int year = date.getYear();
    if (past) {
      LocalDate d = safeDate(year, month, Math.min(day, 28));
      return String.format(java.util.Locale.ROOT, "%04d", d.isAfter(date) ? year - 1 : year);
    }
    LocalDate d = safeDate(year, month, Math.min(day, 28));
    if (d.isAfter(date.plusMonths(MONTHS_AHEAD))) year--;
    else if (d.isBefore(date.minusMonths(12 - MONTHS_AHEAD))) year++;
    return String.format(java.util.Locale.ROOT, "%04d", year);
  }

  /**
   * A weekday named alone. News reports in the past tense: the reference day itself when it is that
   * weekday, else the most recent one before it; with a future cue, the next one on or after the
   * reference day.
   */
  String weekday(int isoDay, boolean future) {
    if (!known()) return "XXXX-XX-XX";
    int today = date.getDayOfWeek().getValue();
    int back = (today - isoDay + 7) % 7;
    if (!future) return date.minusDays(back).toString();
    return date.plusDays((isoDay - today + 7) % 7).toString();
  }

  /** "last Friday" (-1) or "next Friday" (+1): strictly before or after the reference day. */
  String weekdayStep(int isoDay, int direction) {
    if (!known()) return "XXXX-XX-XX";
    LocalDate d = date.plusDays(direction);
    while (d.getDayOfWeek() != DayOfWeek.of(isoDay)) d = d.plusDays(direction);
    return d.toString();
  }

  static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
