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

/** Named days with a fixed rule: Christmas, New Year's Day, Thanksgiving, US Election Day. */
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
                + "|Boxing Day)(?:,? ("
                + YEAR
                + "))?"
                + E,
            HolidayRules::holiday));
  }

  private static Value holiday(MatchResult m, Context c) {
    String name = m.group(2).toLowerCase(Locale.ROOT);
    Anchor a = c.anchor();
    if (m.group(3) != null) return Value.date(on(name, Integer.parseInt(m.group(3))).toString());
    if (!a.known()) return Value.date("XXXX-XX-XX");
    int year = a.date().getYear();
    LocalDate d = on(name, year);
    String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    if (det.equals("last") && !d.isBefore(a.date())) d = on(name, year - 1);
    if (det.equals("next") && !d.isAfter(a.date())) d = on(name, year + 1);
    if (det.isEmpty() && Math.abs(d.toEpochDay() - a.date().toEpochDay()) > 183) {
      d = on(name, d.isAfter(a.date()) ? year - 1 : year + 1);
    }
    return Value.date(d.toString());
  }

  private static LocalDate on(String name, int year) {
    if (name.startsWith("christmas eve")) return LocalDate.of(year, 12, 24);
    if (name.startsWith("christmas")) return LocalDate.of(year, 12, 25);
    if (name.startsWith("boxing")) return LocalDate.of(year, 12, 26);
    if (name.endsWith("eve")) return LocalDate.of(year, 12, 31);
    if (name.startsWith("new year")) return LocalDate.of(year, 1, 1);
    if (name.startsWith("independence")) return LocalDate.of(year, 7, 4);
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
