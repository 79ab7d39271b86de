package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.sitrep.time.Rule.Value;

/**
 * Named days with a fixed rule: Christmas, New Year's Day, Thanksgiving, US Election Day, Easter
 * (and Good Friday, Easter Monday; "Easter week" and "Holy Week" are the ISO week ending on Easter
 * Sunday).
 */
final class HolidayRules {
  private HolidayRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "holiday",
            "(?i)"
                + B
                + "(?:(last|next|this) )?(Christmas(?: Day| Eve)?"
                + "|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Election Day|Independence Day"
                + "|Boxing Day|Easter(?: Sunday| Monday| week)?|Good Friday|Holy Week)(?:,? ("
                + YEAR
                + "))?"
                + E,
            HolidayRules::holiday));
  }

  private static Value holiday(MatchResult m, Context c) {
    String name = m.group(2).toLowerCase(Locale.ROOT);
    Anchor a = c.anchor();
    boolean week = name.endsWith("week");
    if (m.group(3) != null) return named(on(name, Integer.parseInt(m.group(3))), week);
    if (!a.known()) return Value.date(week ? "XXXX-WXX" : "XXXX-XX-XX");
    int year = a.date().getYear();
    LocalDate d = on(name, year);
    String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    if (det.equals("last") && !d.isBefore(a.date())) d = on(name, year - 1);
    if (det.equals("next") && !d.isAfter(a.date())) d = on(name, year + 1);
    if (det.isEmpty() && Math.abs(d.toEpochDay() - a.date().toEpochDay()) > 183) {
      d = on(name, d.isAfter(a.date()) ? year - 1 : year + 1);
    }
    return named(d, week);
  }

  /** The day, or for "Easter week" and "Holy Week" the ISO week that ends on Easter Sunday. */
  private static Value named(LocalDate d, boolean week) {
    return Value.date(week ? new Anchor(d).week(0) : d.toString());
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate on(String name, int year) {
    if (name.startsWith("christmas eve")) return LocalDate.of(year, 12, 24);
    if (name.startsWith("christmas")) return LocalDate.of(year, 12, 25);
    if (name.startsWith("boxing")) return LocalDate.of(year, 12, 26);
    if (name.endsWith("eve")) return LocalDate.of(year, 12, 31);
    if (name.startsWith("new year")) return LocalDate.of(year, 1, 1);
    if (name.startsWith("independence")) return LocalDate.of(year, 7, 4);
    if (name.startsWith("good friday")) return easter(year).minusDays(2);
    if (name.startsWith("easter monday")) return easter(year).plusDays(1);
    if (name.startsWith("easter") || name.startsWith("holy")) return easter(year);
    if (name.startsWith("thanksgiving")) {
      return LocalDate.of(year, 11, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    // US Election Day: the Tuesday after the first Monday in November
    return LocalDate.of(year, 11, 1)
        .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
        .plusDays(1);
  }
}
