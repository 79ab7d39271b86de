package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.COUNT;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.MOD;
import static org.sitrep.time.Lexicon.MONTH;
import static org.sitrep.time.Lexicon.UNIT;
import static org.sitrep.time.Lexicon.WEEKDAY;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.sitrep.time.Rule.Value;

/**
 * Dates relative to the publication date: "yesterday", "on Monday", "last week", "earlier this
 * year", "next March", "two years ago".
 */
final class RelativeRules {
  private static final String PAST = "last|past|previous|this past|the past|the last|the previous";
  private static final String NEXT = "next|coming|following|the coming|the next|the following";
  private static final String THIS = "this|current|the current|this coming";

  /** Hedges kept in the extent, as TimeML does: "about two years ago", "more than a decade". */
  static final String APPROX =
      "(?:(?:about|around|nearly|almost|more than|less than|at least|over|some|roughly|just"
          + "|only|approximately|barely|little more than|just over|just under|up to|under) )";

  private RelativeRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "deictic-day",
            "(?i)"
                + B
                + "(?:the day (?:before yesterday|after tomorrow)|today"
                + "|yesterday|tomorrow|tonight)"
                + E,
            RelativeRules::deicticDay),
        Rule.of(
            "relative-unit",
            "(?i)"
                + B
                + "(?:(?:earlier|later|early|late|mid|"
                + MOD
                + ")[ -](?:in )?)?("
                + PAST
                + "|"
                + NEXT
                + "|"
                + THIS
                + "|the|that) (week|month|year"
                + "|decade|century)"
                + E,
            RelativeRules::relativeUnit),
        Rule.of(
            // "losses over the past day": the day before the report, as "the past week" is the week before
            "past-day",
            "(?i)" + B + "the (?:past|last) day(?! of\\b| before\\b| after\\b| when\\b)" + E,
            (m, c) -> Value.date(c.anchor().day(-1))),
        Rule.of(
            "century",
            "(?i)" + B + "(?:the )?(\\d{1,2})(?:st|nd|rd|th) century" + E,
            (m, c) -> Value.date(DateRules.two(Integer.parseInt(m.group(1)) - 1))),
        Rule.of(
            "narrative-day",
            "(?i)"
                + B
                + "(?:(?:earlier|later) )?(?:that (?:same )?|the same |the"
                + " (next|following|previous) )(?:day|morning|afternoon|evening|night)"
                + E,
            (m, c) -> Value.story(ChronoUnit.DAYS, storyStep(m.group(1)), "XXXX-XX-XX")),
        Rule.of(
            "unit-ago",
            "(?i)" + B + "(years|months|weeks|days|decades) ago" + E,
            (m, c) -> Value.date("PAST_REF")),
        Rule.of(
            "year-end",
            "(?i)" + B + "(?:the )?(?:year[- ]end|year's end|end of the year)" + E,
            (m, c) -> Value.date(c.anchor().year(0))),
        Rule.of(
            "the-unit",
            "(?i)"
                + B
                + "the (?:full |fiscal |current fiscal |latest fiscal )?(year|week)"
                + "(?! (?:before|after|earlier|ago|later)\\b)(?![-\\p{L}])",
            RelativeRules::theUnit),
        Rule.of(
            "spelled-year",
            "(?i)"
                + B
                + "(?:the year |("
                + MONTH
                + "),? (?:of )?|(?:the )?("
                + Lexicon.SEASON
                + "),? (?:of )?)?(nineteen|eighteen|twenty) (?:hundred )?("
                + Lexicon.NUMBER_WORD
                + "(?:[- ]"
                + Lexicon.NUMBER_WORD
                + ")?)"
                + E,
            RelativeRules::spelledYear),
        Rule.of(
            "two-thousand",
            "(?i)" + B + "(?:the year )?two thousand(?: and (" + Lexicon.NUMBER_WORD + "))?" + E,
            (m, c) ->
                Value.date(
                    String.valueOf(
                        2000
                            + (m.group(1) == null
                                ? 0
                                : Integer.parseInt(Lexicon.count(m.group(1))))))),
        Rule.of(
            "weekday-relative",
            "(?i)" + B + "(" + PAST + "|" + NEXT + "|this) (" + WEEKDAY + ")",
            (m, c) -> weekday(c, m.group(2), m.group(1))),
        Rule.of(
            "weekday",
            B
                + "("
                + WEEKDAY
                + ")(?!,? "
                + MONTH
                + ")(?! (?:and|or) "
                + WEEKDAY
                + " (?:morning|afternoon|evening|night)s\\b)",
            (m, c) -> weekday(c, m.group(1), "")),
        Rule.of(
            "weekend",
            "(?i)" + B + "(the|this|last|next|this past|the past|the coming) weekend" + E,
            RelativeRules::weekend),
        Rule.of(
            "month-of-relative-year",
            "(?i)"
                + B
                + "(?:"
                + MOD
                + "[ -])?("
                + MONTH
                + "),? (?:of )?(this|last|next|the previous|the following|the coming) year"
                + E,
            (m, c) ->
                Value.date(
                    c.anchor().year(direction(m.group(2)))
                        + "-"
                        + DateRules.two(Lexicon.month(m.group(1))))),
        Rule.of(
            "week-of",
            "(?i)" + B + "the week of (" + MONTH + ") (" + Lexicon.DAY + ")(?:,? (" + Lexicon.YEAR + "))?",
            RelativeRules::weekOf),
        Rule.of(
            "month-relative",
            "(?i)"
                + B
                + "(last|next|this|this past|this coming) ("
                + MONTH
                + ")(?! "
                + Lexicon.DAY
                + ")",
            RelativeRules::relativeMonth),
        Rule.of(
            "day-relative",
            "(?i)"
                + B
                + "(last|next|this|this past|this coming) ("
                + MONTH
                + ") ("
                + Lexicon.DAY
                + ")(?!,? "
                + Lexicon.YEAR
                + ")",
            RelativeRules::relativeDay),
        Rule.of(
            "ago",
            "(?i)"
                + B
                + APPROX
                + "?("
                + COUNT
                + ")[ -]("
                + UNIT
                + ")(?: or so)? (ago|earlier|from now|hence)(?! than)"
                + E,
            RelativeRules::ago),
        Rule.of(
            "year-earlier",
            "(?i)"
                + B
                + "(?:the )?year-(?:earlier|ago)(?: (first|second|third"
                + "|fourth))?(?: (quarter|period|nine months|six months))?"
                + E,
            RelativeRules::yearEarlier));
  }

  private static Value deicticDay(MatchResult m, Context c) {
    String w = m.group().toLowerCase(Locale.ROOT);
    if (w.startsWith("today") || w.startsWith("tonight")) return Value.date(c.anchor().day(0));
    if (w.startsWith("yesterday")) return Value.date(c.anchor().day(-1));
    if (w.startsWith("tomorrow")) return Value.date(c.anchor().day(1));
    return Value.date(c.anchor().day(w.contains("before") ? -2 : 2));
  }

  private static String unresolved(String unit) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week":
        return "XXXX-WXX";
      case "month":
        return "XXXX-XX";
      case "year":
        return "XXXX";
      default:
        return "XXX";
    }
  }

  private static int direction(String determiner) {
    String d = determiner.toLowerCase(Locale.ROOT);
    if (d.equals("the")
        || d.equals("that")
        || d.contains("current")
        || d.startsWith("this") && !d.contains("past")) return 0;
    if (d.contains("next") || d.contains("coming") || d.contains("following")) return 1;
    return -1;
  }

  /**
   * "last week" 2025-W17, "this month" 2025-04, "earlier this year" 2025, "the last decade" 201;
   * "the past decade" is the ten years up to the reference, P10Y.
   */
  private static Value relativeUnit(MatchResult m, Context c) {
    String det = m.group(1).toLowerCase(Locale.ROOT);
    boolean modified = m.start(1) > m.start();
    if (det.equals("the") && !modified) return null;
    // "that year", "the following month": the story's time, counted from the last date it named
    ChronoUnit unit = storyUnit(m.group(2));
    if (det.equals("that") && unit != null) return Value.story(unit, 0, unresolved(m.group(2)));
    if (det.equals("that")) return Value.date(unresolved(m.group(2)));
    int dir = direction(det);
    if (det.equals("the past") && !modified) {
      // "over the past decade": the ten years up to the reference, not the decade before this one;
      // "in the last decade" may be either, and stays the decade before
      String u = m.group(2).toLowerCase(Locale.ROOT);
      if (u.equals("decade")) return Value.duration("P10Y");
      if (u.equals("century")) return Value.duration("P100Y");
    }
    if (det.endsWith("following") && unit != null) {
      Value fromReference = relativeUnit(m.group(2), dir, c.anchor());
      return Value.story(unit, 1, fromReference.value());
    }
    return relativeUnit(m.group(2), dir, c.anchor());
  }

  private static ChronoUnit storyUnit(String unit) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "month":
        return ChronoUnit.MONTHS;
      case "year":
        return ChronoUnit.YEARS;
      default:
        return null;
    }
  }

  private static int storyStep(String word) {
    if (word == null) return 0;
    return word.equalsIgnoreCase("previous") ? -1 : 1;
  }

  private static Value relativeUnit(String unit, int dir, Anchor a) {
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week":
        return Value.date(a.week(dir));
      case "month":
        return Value.date(a.month(dir));
      case "year":
        return Value.date(a.year(dir));
      case "decade":
        return Value.date(a.known() ? a.year(dir * 10L).substring(0, 3) : "XXX");
      default:
        return Value.date(a.known() ? a.year(dir * 100L).substring(0, 2) : "XX");
    }
  }

  private static Value weekday(Context c, String name, String determiner) {
    int day = Lexicon.weekday(name);
    String d = determiner.toLowerCase(Locale.ROOT);
    if (d.isEmpty() || d.equals("this")) return Value.date(c.anchor().weekday(day, c.future()));
    return Value.date(c.anchor().weekdayStep(day, direction(d) > 0 ? 1 : -1));
  }

  /**
   * "the year" and "the week" in reports mean the current one; "the year ended June 30" is a fiscal
   * year, a duration.
   */
  private static Value theUnit(MatchResult m, Context c) {
    boolean week = m.group(1).equalsIgnoreCase("week");
    String rest =
        c.text().subSequence(m.end(), Math.min(c.text().length(), m.end() + 9)).toString();
    if (rest.matches("(?s) (?:ended|ending|to date).*"))
      return Value.duration(week ? "P1W" : "P1Y");
    if (m.group().toLowerCase(Locale.ROOT).contains("latest"))
      return Value.date(c.anchor().year(-1));
    return Value.date(week ? c.anchor().week(0) : c.anchor().year(0));
  }

  /** "nineteen ninety-six" 1996, "nineteen hundred" 1900. */
  private static Value spelledYear(MatchResult m, Context c) {
    String century = Lexicon.count(m.group(3));
    String rest = Lexicon.count(m.group(4));
    if (rest.equals("X")) return null;
    int r = Integer.parseInt(rest);
    if (r == 100) r = 0;
    if (r < 10 && !m.group().toLowerCase(Locale.ROOT).contains("hundred")) return null;
    if (r > 99) return null;
    String year = String.valueOf(Integer.parseInt(century) * 100 + r);
    if (m.group(1) != null)
      return Value.date(year + "-" + DateRules.two(Lexicon.month(m.group(1))));
    if (m.group(2) != null) return Value.date(year + "-" + Lexicon.season(m.group(2)));
    return Value.date(year);
  }

  /**
   * The ISO week of the weekend meant, plus "-WE": the latest one unless the clause looks ahead.
   */
  private static Value weekend(MatchResult m, Context c) {
    Anchor a = c.anchor();
    if (!a.known()) return Value.date("XXXX-WXX-WE");
    int dir = direction(m.group(1));
    java.time.LocalDate saturday = java.time.LocalDate.parse(a.weekday(6, dir > 0 || c.future()));
    if (dir < 0 && !saturday.isBefore(a.date().minusDays(1))) saturday = saturday.minusWeeks(1);
    return Value.date(new Anchor(saturday).week(0) + "-WE");
  }

  /** "the week of March 6": the ISO week of that day. */
  private static Value weekOf(MatchResult m, Context c) {
    int month = Lexicon.month(m.group(1));
    int day = Integer.parseInt(m.group(2).replaceAll("\\D", ""));
    String year = m.group(3) != null ? m.group(3) : c.anchor().yearOfDay(month, day);
    if (year.startsWith("X")) return Value.date("XXXX-WXX");
    java.time.LocalDate d = Anchor.safeDate(Integer.parseInt(year), month, day);
    return d == null ? null : Value.date(new Anchor(d).week(0));
  }

  /** "last April": the latest April before the reference month; "next April" the first after. */
  private static Value relativeMonth(MatchResult m, Context c) {
    int month = Lexicon.month(m.group(2));
    Anchor a = c.anchor();
    if (!a.known()) return Value.date("XXXX-" + DateRules.two(month));
    int ref = a.date().getMonthValue();
    int year = a.date().getYear();
    int dir = direction(m.group(1));
    if (dir < 0 && month >= ref) year--;
    if (dir > 0 && month <= ref) year++;
    return Value.date(year + "-" + DateRules.two(month));
  }

  /**
   * "last Oct. 23": the latest Oct. 23 before the reference day; "next March 3" the first after it;
   * "this June 5" the one in the reference year.
   */
  private static Value relativeDay(MatchResult m, Context c) {
    int month = Lexicon.month(m.group(2));
    int day = Integer.parseInt(m.group(3).replaceAll("\\D", ""));
    Anchor a = c.anchor();
    if (!a.known()) return Value.date("XXXX-" + DateRules.two(month) + "-" + DateRules.two(day));
    int year = a.date().getYear();
    java.time.LocalDate d = Anchor.safeDate(year, month, day);
    if (d == null) return null;
    int dir = direction(m.group(1));
    if (dir < 0 && !d.isBefore(a.date())) d = Anchor.safeDate(year - 1, month, day);
    if (dir > 0 && !d.isAfter(a.date())) d = Anchor.safeDate(year + 1, month, day);
    return d == null ? null : Value.date(d.toString());
  }

  /**
   * "two weeks ago" 2025-W15, "three years ago" 2022, "11 days ago" a date. "Three days later" is
   * not here: it counts from the story's time, not the publication date, and TimeML reads it as the
   * duration "three days" with "later" as a signal ({@link DurationRules}).
   */
  private static Value ago(MatchResult m, Context c) {
    String rel = m.group(3).toLowerCase(Locale.ROOT);
    int sign = rel.equals("ago") || rel.equals("earlier") ? -1 : 1;
    String n = Lexicon.count(m.group(1));
    Anchor a = c.anchor();
    if (n.equals("X") || n.contains(".")) return Value.date(sign < 0 ? "PAST_REF" : "FUTURE_REF");
    long k = sign * Long.parseLong(n);
    if (k == -1 && Lexicon.unit(m.group(2)).equals("year") && ReportingQuarter.inReport(c)) {
      return Value.date(ReportingQuarter.quarter(c, 1)); // results compared a year before
    }
    switch (Lexicon.unit(m.group(2))) {
      case "day":
        return Value.date(a.day(k));
      case "week":
        return Value.date(a.week(k));
      case "fortnight":
        return Value.date(a.week(2 * k));
      case "month":
        return Value.date(a.month(k));
      case "quarter":
        return Value.date(a.quarter(k));
      case "year":
        return Value.date(a.year(k));
      case "decade":
        return Value.date(a.year(10 * k));
      case "century":
        return Value.date(a.year(100 * k));
      default:
        return new Value("TIME", a.day(0));
    }
  }

  /**
   * "the year-earlier quarter": the last completed quarter a year back; "year-ago" alone the year.
   */
  private static Value yearEarlier(MatchResult m, Context c) {
    Anchor a = c.anchor();
    if (m.group(2) == null) {
      return Value.date(
          ReportingQuarter.inReport(c) ? ReportingQuarter.quarter(c, 1) : a.year(-1));
    }
    if (m.group(1) != null) return Value.date(a.year(-1) + "-Q" + PeriodRules.ordinal(m.group(1)));
    if (m.group(2).toLowerCase(Locale.ROOT).endsWith("months"))
      return Value.duration(m.group(2).toLowerCase(Locale.ROOT).startsWith("nine") ? "P9M" : "P6M");
    return Value.date(ReportingQuarter.quarter(c, 1));
  }
}
