package org.sitrep.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.record.Claim;

/**
 * The period a total counts over, when its text gives one. "300 attacks since January, up from 110
 * last year" are two totals of two periods, "in 2026" and "in 2025", not one claimant's revision;
 * "45 killed in October alone" is October's. A period holding the report's day is the count so far
 * ("this year", "since the start of the month"), and the same thread as the period's final count
 * given later. A total counted from a recent day ("since the truce on October 10") is its own
 * thread, by the day's month ("since 2026-10": reports word the start differently, "since
 * Saturday", "since the assault last month"); one counted from more than {@value #RECENT_MONTHS}
 * months back ("since the war began in 2022"), or with no period at all, is the running total, and
 * has none. A window back from the report ("in the past seven days") is that report's own; a count
 * "since the ceasefire" is the truce's, whether its day is given or not. A span of two dates
 * ("between January and March", "2026-01/2026-03") is its own period, "from 2026-01 to 2026-03",
 * or the quarter, half or year it is ("from January to June" is "in 2026-H1").
 * Snapshots, increments and incidents have no period here: a snapshot is dated, an incident keyed
 * by its day.
 */
final class Periods {
  /** How far back a "since" may start and still mark a period of its own rather than the war's. */
  static final int RECENT_MONTHS = 13;

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
  /** TimeML seasons: spring, summer, fall, winter (a winter starts in the December before). */
  private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
  /**
   * "since January", "since the war began in 2022", "since fighting erupted in mid-April": a
   * "since" in the same clause, at most a few words before the time. "from", "after", "starting"
   * and "beginning" only right before it ("from January"): "up from 110 last year" compares, it
   * does not start a period.
   */
  private static final Pattern SINCE = Pattern.compile(
      "(?i)(?:\\bsince\\b[^.,;:!?\"“”()]{0,60}"
          // "the war, which began in February 2022, has killed": the war's start, not a period
          + "|\\b(?:began|begun|started|erupted|broke\\s+out)\\s+(?:in|on)\\s+(?:(?:early|late|mid)[\\s-]+)?"
          + "|\\b(?:from|after|between|starting(?:\\s+(?:in|from|on))?|beginning(?:\\s+(?:in|on))?)\\s+"
          + "(?:(?:early|late|mid)[\\s-]+)?)$");

  /** "by October", "as of March 1", "until last week": the day a running total was reached. */
  private static final Pattern AS_OF = Pattern.compile(
      "(?i)\\b(?:by|as\\s+(?:of|at)|until|till|through|up\\s+to)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:the\\s+end\\s+of\\s+)?$");

  private Periods() {}

  /**
   * "killed since the ceasefire took effect", "since the truce": a count from a truce, however its
   * day is given or not, near the figure in its sentence.
   */
  private static final Pattern SINCE_TRUCE = Pattern.compile(
      "(?i)\\bsince\\s+(?:the\\s+|a\\s+|last\\s+\\w+'s\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ceasefire|cease-fire|truce|armistice)\\b");
  /** Characters around a figure within which a "since the truce" is its own. */
  private static final int TRUCE_REACH = 120;

  /** The period of a claim of the given kind in an article of the given day, or null. */
  static String of(Claim c, String kind, String text, String articleDay) {
    if (!"total".equals(kind) || articleDay == null) return null;
    if (c.measure() != null && c.measure().equalsIgnoreCase("troops")) return null;
    if (sinceTruce(c)) return "since the truce";
    if (c.time() == null || c.time().value() == null) return null;
    LocalDate day;
    try {
      day = LocalDate.parse(articleDay);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
    // "in the past seven days", "over the past year": a window back from the report, its own
    if (org.sitrep.time.NearestDate.WINDOW.matcher(c.time().text() == null ? "" : c.time().text().strip()).matches()) {
      return "in " + c.time().text().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") + " to " + day;
    }
    Span span = Span.of(c.time().value());
    if (span == null || before(c, text, AS_OF)) return null;
    if (before(c, text, SINCE)) {
      if (span.start().isAfter(day)) return null;
      // "since January", "since the start of the year": the count so far of the period that holds the day
      if (span.holds(day)) return "in " + span.value();
      if (span.value().endsWith("-01") && MONTH.matcher(span.value()).matches()
          && span.start().getYear() == day.getYear()) {
        return "in " + day.getYear();
      }
      if (ChronoUnit.MONTHS.between(span.start(), day) > RECENT_MONTHS) return null;
      // by its month: "since Saturday" and "since the assault last month" start one count
      return "since " + (span.isDay() || WEEK.matcher(span.value()).matches()
          ? YearMonth.from(span.start()).toString() : span.value());
    }
    if (span.isDay()) return null;
    if (span.start().isAfter(day)) return null;
    // "between January and March": the months it joins, whichever words join them; a span that is
    // a quarter, a half or a year is that period ("from January to March" is "the first quarter")
    int slash = span.value().indexOf('/');
    if (slash < 0) return "in " + span.value();
    String calendar = calendarPeriod(span);
    return calendar != null ? "in " + calendar
        : "from " + span.value().substring(0, slash) + " to " + span.value().substring(slash + 1);
  }

  /** The quarter, half or year a span of whole months is ("2026-Q1" for January to March), or null. */
  private static String calendarPeriod(Span span) {
    LocalDate from = span.start();
    LocalDate to = span.end();
    if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth()) || from.getYear() != to.getYear()) {
      return null;
    }
    int first = from.getMonthValue();
    int months = to.getMonthValue() - first + 1;
    if (months == 12) return String.valueOf(from.getYear());
    if (months == 6 && (first == 1 || first == 7)) return from.getYear() + "-H" + (first == 1 ? 1 : 2);
    if (months == 3 && (first - 1) % 3 == 0) return from.getYear() + "-Q" + ((first - 1) / 3 + 1);
    return null;
  }

  /** Whether the figure's sentence counts it from a truce, near the figure and before no full stop. */
  private static boolean sinceTruce(Claim c) {
    if (c.evidence() == null || c.quantity() == null || c.evidence().text() == null) return false;
    String sentence = c.evidence().text();
    int at = c.quantity().start() - c.evidence().start();
    if (at < 0 || at > sentence.length()) return false;
    Matcher m = SINCE_TRUCE.matcher(sentence);
    while (m.find()) {
      boolean before = m.end() <= at && at - m.end() <= TRUCE_REACH;
      boolean after = m.start() >= at && m.start() - at <= TRUCE_REACH / 2;
      if (before || after) return true;
    }
    return false;
  }

  /** How many characters before a time are read for the words that start a period. */
  static final int LOOK_BACK = 80;

  /** Whether the words right before a time start a period with it ("since the war began in"). */
  static boolean startsAPeriod(String before) {
    return SINCE.matcher(before).find();
  }

  /** Whether the words right before the claim's time match ("since January", "by March"). */
  private static boolean before(Claim c, String text, Pattern words) {
    Integer at = c.time().start();
    if (text == null || at == null || at <= 0 || at > text.length()) return false;
    return words.matcher(text.substring(Math.max(0, at - LOOK_BACK), at)).find();
  }

  /** A calendar period: a year, half, quarter, season, month, ISO week or day, with its first and last day. */
  private record Span(String value, LocalDate start, LocalDate end) {
    static Span of(String value) {
      // "2026-01/2026-03", a span of two dates ("between January and March"): the first's first day
      // to the second's last
      int slash = value.indexOf('/');
      if (slash > 0) {
        Span from = of(value.substring(0, slash));
        Span to = of(value.substring(slash + 1));
        if (from == null || to == null || to.end().isBefore(from.start())) return null;
        return new Span(value, from.start(), to.end());
      }
      try {
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
          int y = Integer.parseInt(m.group(1));
          return new Span(value, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = HALF.matcher(value)).matches()) {
          LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
          return new Span(value, s, s.plusMonths(6).minusDays(1));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
          LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
          return new Span(value, s, s.plusMonths(3).minusDays(1));
        }
        if ((m = SEASON.matcher(value)).matches()) {
          int y = Integer.parseInt(m.group(1));
          LocalDate s = switch (m.group(2)) {
            case "SP" -> LocalDate.of(y, 3, 1);
            case "SU" -> LocalDate.of(y, 6, 1);
            case "FA" -> LocalDate.of(y, 9, 1);
            default -> LocalDate.of(y - 1, 12, 1);
          };
          return new Span(value, s, s.plusMonths(3).minusDays(1));
        }
        if ((m = MONTH.matcher(value)).matches()) {
          YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
          return new Span(value, ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = WEEK.matcher(value)).matches()) {
          LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
              .with(java.time.DayOfWeek.MONDAY);
          return new Span(value, s, s.plusDays(6));
        }
        if ((m = DAY.matcher(value)).matches()) {
          LocalDate d = LocalDate.parse(value);
          return new Span(value, d, d);
        }
      } catch (java.time.DateTimeException | NumberFormatException e) {
        return null;
      }
      return null;
    }

    boolean holds(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }

    boolean isDay() {
      return start.equals(end);
    }
  }
}
