package org.sitrep.time;

import static org.sitrep.time.Lexicon.DAY;
import static org.sitrep.time.Lexicon.MONTH;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a report of company results is about. Such reports compare "the quarter" with "a year
 * earlier", meaning the same quarter a year before, and name the quarter by its closing date ("the
 * quarter ended Sept. 30"). Without a closing date the quarter meant is the last completed one.
 */
final class ReportingQuarter {
  /** How far back in the text a report's wording is looked for. */
  static final int REACH = 3000;

  /** Wording of quarterly results; lower case only, so "the French Quarter" does not count. */
  private static final Pattern QUARTER_TALK =
      Pattern.compile(
          "\\b(?:(?:first|second|third|fourth|latest|the|this|last|same|year-ago|year-earlier"
              + "|fiscal|calendar|comparable|previous)[- ]quarter|quarterly|quarter ended"
              + "|third-period|three months ended)\\b");

  private static final Pattern ENDED =
      Pattern.compile(
          "(?i)\\b(?:quarter|period|three months)(?: that)? (?:ended|ending|ends)(?: on)? ("
              + MONTH
              + ") ("
              + DAY
              + ")");

  private ReportingQuarter() {}

  /** Whether the text up to the end of the match's sentence reports quarterly results. */
  static boolean inReport(Context c) {
    int from = Math.max(0, c.start() - REACH);
    CharSequence sentence = c.sentence();
    return QUARTER_TALK.matcher(c.text().subSequence(from, c.start())).find()
        || QUARTER_TALK.matcher(sentence).find();
  }

  /**
   * The reported quarter {@code yearsBack} years before: the quarter closing on the date named right
   * after the match or last named before it, else the last completed quarter before the reference.
   */
  static String quarter(Context c, int yearsBack) {
    Anchor a = c.anchor();
    LocalDate end = closing(c);
    if (end == null || !a.known()) return a.quarter(-1 - 4L * yearsBack);
    // a quarter is named by the calendar quarter most of its three months fall in
    LocalDate middle = end.minusDays(45).minusYears(yearsBack);
    return String.format(
        java.util.Locale.ROOT, "%04d-Q%d", middle.getYear(), (middle.getMonthValue() - 1) / 3 + 1);
  }

  private static LocalDate closing(Context c) {
    CharSequence text = c.text();
    int to = Math.min(text.length(), c.end() + 40);
    Matcher m = ENDED.matcher(text).region(Math.max(0, c.start() - REACH), to);
    LocalDate last = null;
    while (m.find()) {
      if (m.start() >= c.end() && m.start() - c.end() > 20) break;
      last = date(c, m.group(1), m.group(2));
      if (m.start() >= c.start()) break;
    }
    return last;
  }

  private static LocalDate date(Context c, String monthName, String dayText) {
    int month = Lexicon.month(monthName);
    int day = Integer.parseInt(dayText.replaceAll("\\D", ""));
    String year = c.anchor().yearOfDay(month, day);
    if (year.startsWith("X")) return null;
    return Anchor.safeDate(Integer.parseInt(year), month, day);
  }
}
