package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.sitrep.time.Rule.Value;

/**
 * Times of day: "10 p.m.", "14:30 GMT", "noon", "Friday morning", "last night", "late afternoon
 * yesterday", "mid-morning".
 */
final class ClockRules {
  private static final String ZONE =
      "(?: (?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST|local time))?";
  private static final String ZONE_REQUIRED =
      " (?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST|local time)";
  /** The day a clock time is on, kept in its extent: "Friday", "today", "Nov. 9". */
  private static final String DAY_WORD =
      "(?:,? (?:on )?("
          + WEEKDAY
          + "|(?i:today|yesterday|tomorrow)|"
          + Lexicon.MONTH
          + " "
          + Lexicon.DAY
          + "))?";

  /**
   * A weekday after a parenthetical, read but left out of the extent: "10:35 a.m. (0735 GMT)
   * Friday" is on Friday.
   */
  private static final String PAREN_DAY =
      "(?=(?:,? \\([^()\\n]{1,25}\\),? (?:on )?(" + WEEKDAY + "))?)";

  /** The day a night runs into, after the one it starts on: "8-9", "8 to 9". */
  private static final String SECOND_DAY = "(?: ?(?:-|\u2013|to|into) ?" + Lexicon.DAY + ")?";

  private ClockRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "clock-12h",
            B
                + "(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))? ?([ap])\\.?m\\.?(?![\\p{L}])"
                + ZONE
                + DAY_WORD
                + PAREN_DAY,
            ClockRules::twelveHour),
        Rule.of(
            "clock-24h",
            B
                + "([01]?\\d|2[0-3]):([0-5]\\d)(?: ?h\\b|"
                + ZONE_REQUIRED
                + ")"
                + DAY_WORD
                + PAREN_DAY,
            (m, c) ->
                time(
                    c,
                    either(m.group(3), m.group(4)),
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)))),
        Rule.of(
            "clock-word",
            "(?i)" + B + "(noon|midday|midnight)" + E + DAY_WORD,
            (m, c) -> time(c, m.group(2), m.group(1).equalsIgnoreCase("midnight") ? 24 : 12, 0)),
        Rule.of(
            "part-of-day",
            "(?i)"
                + B
                + "("
                + WEEKDAY
                + "|yesterday|today|tomorrow|this|last)"
                + " (morning|afternoon|evening|night)"
                + E,
            ClockRules::partOfDay),
        Rule.of(
            "part-of-day-after",
            "(?i)"
                + B
                + "(?:(?:early|late|mid)[- ]?)?(morning|afternoon|evening)"
                + " (yesterday|today|tomorrow)"
                + E,
            (m, c) -> new Value("TIME", date(c, m.group(2)) + partCode(m.group(1)))),
        Rule.of(
            "mid-part-of-day",
            "(?i)" + B + "mid[- ]?(morning|afternoon)" + E,
            (m, c) -> new Value("TIME", c.anchor().day(0) + partCode(m.group(1)))),
        Rule.of(
            "night-of",
            "(?i)"
                + B
                + "(?:the )?night (?:of|from) (?:("
                + Lexicon.MONTH
                + ") ("
                + Lexicon.DAY
                + ")"
                + SECOND_DAY
                + "|("
                + Lexicon.DAY
                + ")"
                + SECOND_DAY
                + " ("
                + Lexicon.MONTH
                + ")|("
                + WEEKDAY
                + ")(?: (?:to|into) "
                + WEEKDAY
                + ")?(?!,? "
                + Lexicon.MONTH
                + "))"
                + E,
            ClockRules::nightOf),
        // the night before the report, as "last night": Wednesday's "overnight" is Tuesday's night
        Rule.of(
            "overnight",
            "(?i)" + B + "overnight" + E,
            (m, c) -> new Value("TIME", c.anchor().day(-1) + "TNI")));
  }

  private static Value twelveHour(MatchResult m, Context c) {
    int hour = Integer.parseInt(m.group(1)) % 12;
    if (m.group(3).equalsIgnoreCase("p")) hour += 12;
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return time(c, either(m.group(4), m.group(5)), hour, minute);
  }

  private static String either(String day, String afterParenthesis) {
    return day != null ? day : afterParenthesis;
  }

  /**
   * A clock time on the day its words name; with none ("shortly after midday", "at 6 a.m."), on the
   * last day the story named before it, else the publication day.
   */
  private static Value time(Context c, String day, int hour, int minute) {
    String clock = "T" + DateRules.two(hour) + ":" + DateRules.two(minute);
    if (day == null) {
      return new Value("TIME", date(c, null) + clock, new Rule.StoryStep(java.time.temporal.ChronoUnit.DAYS, 0, clock));
    }
    return new Value("TIME", date(c, day) + clock);
  }

  private static String date(Context c, String day) {
    if (day == null) return c.anchor().day(0);
    String d = day.toLowerCase(Locale.ROOT);
    if (d.equals("today") || d.equals("this")) return c.anchor().day(0);
    if (d.equals("yesterday") || d.equals("last")) return c.anchor().day(-1);
    if (d.equals("tomorrow")) return c.anchor().day(1);
    if (Character.isDigit(d.charAt(d.length() - 1))) {
      int month = Lexicon.month(d);
      int n = Integer.parseInt(d.replaceAll("^\\D+|\\D+$", ""));
      return c.anchor().yearOfDay(month, n) + "-" + DateRules.two(month) + "-" + DateRules.two(n);
    }
    return c.anchor().weekday(Lexicon.weekday(day), c.future());
  }

  /**
   * "this morning", "last night": TIME, the day with the TIMEX3 part of day (TMO, TAF, TEV, TNI). A
   * weekday with a part of day ("Friday night") is, as TimeBank most often types it, a DATE, and
   * keeps its part of day, so that a night stays a night: "Tuesday night" is the night that starts
   * on Tuesday and runs into Wednesday's small hours.
   */
  private static Value partOfDay(MatchResult m, Context c) {
    String part = m.group(2).toLowerCase(Locale.ROOT);
    String first = m.group(1).toLowerCase(Locale.ROOT);
    if (first.equals("last") && !part.equals("night")) return null;
    String value = date(c, m.group(1)) + partCode(part);
    return Character.isUpperCase(m.group(1).charAt(0)) && isWeekday(first) ? Value.date(value) : new Value("TIME", value);
  }

  /**
   * "the night of July 8-9", "the night of 8 to 9 July", "the night from Tuesday to Wednesday": as
   * "Tuesday night", a DATE of the day the night starts on, with TNI.
   */
  private static Value nightOf(MatchResult m, Context c) {
    String day = m.group(1) != null ? m.group(1) + " " + m.group(2).replaceAll("\\D", "")
        : m.group(3) != null ? m.group(4) + " " + m.group(3).replaceAll("\\D", "")
        : m.group(5);
    return Value.date(date(c, day) + "TNI");
  }

  /** The TIMEX3 part of day: TMO, TAF, TEV, TNI. */
  private static String partCode(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    if (p.startsWith("mo")) return "TMO";
    if (p.startsWith("af")) return "TAF";
    return p.startsWith("ev") ? "TEV" : "TNI";
  }

  private static boolean isWeekday(String word) {
    return word.endsWith("day") && !word.equals("today") && !word.equals("yesterday");
  }
}
