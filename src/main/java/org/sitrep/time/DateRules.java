package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.DAY;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.MOD;
import static org.sitrep.time.Lexicon.MONTH;
import static org.sitrep.time.Lexicon.WEEKDAY;
import static org.sitrep.time.Lexicon.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.Rule.Value;

/** Calendar dates written out: "April 28, 2025", "28 April", "2025-04-28", "June 2024", "2024". */
final class DateRules {
  /** Words after a four-digit number that make it a count, not a year. */
  private static final String NOT_A_YEAR =
      "(?!\\s*(?:%|(?:percent|per cent|people|persons|troops|soldiers|men|women|children|shares"
          + "|tons|tonnes|feet|metres|meters|miles|km|kilometers|kilometres|points|votes|cases"
          + "|dead|killed|barrels|units|acres|hectares|pounds|dollars|euros|yen|employees"
          + "|workers|members|homes|houses|rounds|missiles|hours|days)\\b))";

  /** May and March are also a verb and a modal: alone they need a word that makes them months. */
  private static final Pattern MONTH_CUE =
      Pattern.compile(
          "(?i)\\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|last"
              + "|next|this|between|and|to|each|every)[\\s-]*$");

  /** A month and day just before "and" or "or": "April 24 and" 25. */
  private static final Pattern FIRST_DAY =
      Pattern.compile("(?<![\\p{L}\\p{N}])(" + MONTH + ") " + DAY + " (?:and|or) $");

  private static final java.util.Set<String> FULL_SHORT = java.util.Set.of("may", "june", "july");

  private DateRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "date-mdy",
            "(?i)"
                + B
                + "(?:("
                + WEEKDAY
                + "),? )?(?:the )?("
                + MONTH
                + ") ("
                + DAY
                + ")(?:,? ("
                + YEAR
                + "))?",
            (m, c) -> day(c, m.group(2), m.group(3), m.group(4))),
        Rule.of(
            "date-dmy",
            "(?i)"
                + B
                + "(?:("
                + WEEKDAY
                + "),? )?(?:the )?("
                + DAY
                + ") (?:of )?("
                + MONTH
                + ")(?:,? ("
                + YEAR
                + "))?",
            (m, c) -> day(c, m.group(3), m.group(2), m.group(4))),
        Rule.of(
            "second-day",
            B + "(" + DAY + ")" + E + "(?!,? " + YEAR + "|,\\d| ?%)",
            DateRules::secondDay),
        Rule.of(
            "date-iso",
            B + "(\\d{4})-(\\d\\d)-(\\d\\d)" + E,
            (m, c) -> iso(m.group(1), m.group(2), m.group(3))),
        Rule.of(
            "date-slash",
            B + "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})" + E,
            (m, c) -> iso(fullYear(m.group(3)), m.group(1), m.group(2))),
        Rule.of(
            "month-year",
            "(?i)" + B + "(?:" + MOD + "[ -])?(" + MONTH + "),? (?:of )?(" + YEAR + ")",
            (m, c) -> Value.date(m.group(2) + "-" + two(Lexicon.month(m.group(1))))),
        Rule.of(
            "month", "(?i)" + B + "(?:" + MOD + "[ -])?(" + MONTH + ")(?! " + DAY + ")", DateRules::month),
        Rule.of(
            "year",
            "(?i)(?<![\\p{L}\\p{N}$£€#.,/:])(?:(?:"
                + MOD
                + "|fiscal|the year|FY)[ -]?)?("
                + YEAR
                + ")"
                + NOT_A_YEAR,
            DateRules::year),
        Rule.of(
            "decade",
            "(?i)" + B + "(?:the )?(?:" + MOD + "[ -])?(1[6-9]\\d|20\\d)0'?s" + E,
            (m, c) -> Value.date(m.group(1))),
        Rule.of(
            "decade-word",
            "(?i)"
                + B
                + "the (?:"
                + MOD
                + "[ -])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
                + E,
            (m, c) -> Value.date("19" + decadeDigit(m.group(1)))),
        Rule.of(
            "decade-short",
            "(?i)" + B + "(?:the )?(?:" + MOD + "[ -])?['‘’]([2-9])0s" + E,
            (m, c) -> Value.date("19" + m.group(1))));
  }

  private static Value day(Context c, String monthName, String dayText, String year) {
    int month = Lexicon.month(monthName);
    int day = Integer.parseInt(dayText.replaceAll("\\D", ""));
    String y = year != null ? year : c.anchor().yearOfDay(month, day, !c.future() && c.past());
    if (!y.startsWith("X") && Anchor.safeDate(Integer.parseInt(y), month, day) == null) return null;
    return Value.date(y + "-" + two(month) + "-" + two(day));
  }

  /** "April 24 and 25": the second day, in the month of the first. */
  private static Value secondDay(MatchResult m, Context c) {
    CharSequence before = c.text().subSequence(Math.max(0, c.start() - 24), c.start());
    Matcher first = FIRST_DAY.matcher(before);
    if (!first.find()) return null;
    return day(c, first.group(1), m.group(1), null);
  }

  private static Value iso(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (Anchor.safeDate(y, Integer.parseInt(month), Integer.parseInt(day)) == null) return null;
    return Value.date(year + "-" + two(Integer.parseInt(month)) + "-" + two(Integer.parseInt(day)));
  }

  private static String fullYear(String year) {
    if (year.length() == 4) return year;
    int y = Integer.parseInt(year);
    return String.valueOf(y < 50 ? 2000 + y : 1900 + y);
  }

  private static Value month(MatchResult m, Context c) {
    String name = m.group(1);
    boolean bare = m.start(1) == m.start();
    String lower = name.toLowerCase(Locale.ROOT);
    // "Jan", "Sept" alone are names or cut-offs more often than months
    if (lower.length() <= 4 && !lower.endsWith(".") && !FULL_SHORT.contains(lower)) return null;
    if (bare && (lower.equals("may") || lower.startsWith("mar"))) {
      CharSequence before = c.text().subSequence(Math.max(0, c.start() - 12), c.start());
      if (!MONTH_CUE.matcher(before).find()) return null;
    }
    int month = Lexicon.month(name);
    boolean future = c.future();
    return Value.date(
        c.anchor().yearOfMonth(month, future, !future && c.past()) + "-" + two(month));
  }

  /** "sixties" 6: the tens digit of a decade named in words. */
  /** A year; "the first half of 2025" is its first half, 2025-H1, as "the last half of 1989" is 1989-H2. */
  private static Value year(MatchResult m, Context c) {
    String words = m.group().toLowerCase(Locale.ROOT);
    if (words.contains("first half of")) return Value.date(m.group(1) + "-H1");
    if (words.contains("second half of")) return Value.date(m.group(1) + "-H2");
    return Value.date(m.group(1));
  }

  private static int decadeDigit(String word) {
    String[] names = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies"};
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.length; i++) if (names[i].equals(w)) return i + 2;
    return w.equals("eighties") ? 8 : 9;
  }

  static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
