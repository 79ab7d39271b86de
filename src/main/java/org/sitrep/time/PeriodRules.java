package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.MOD;
import static org.sitrep.time.Lexicon.SEASON;
import static org.sitrep.time.Lexicon.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.sitrep.time.Rule.Value;

/** Seasons ("autumn 2024", "last fall"), quarters ("the third quarter") and halves. */
final class PeriodRules {
  private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";

  /** Seasons named alone need a word before them, since "fall" and "spring" are also verbs. */
  private static final java.util.regex.Pattern SEASON_CUE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|during|by|since|until|through|over|before|after|for|this|last|next) $");

  private PeriodRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "season-year",
            "(?i)" + B + "(?:" + MOD + "[ -])?(" + SEASON + "),? (?:of )?(" + YEAR + ")",
            (m, c) -> Value.date(m.group(2) + "-" + Lexicon.season(m.group(1)))),
        Rule.of(
            "season-of-relative-year",
            "(?i)"
                + B
                + "(?:the )?(?:"
                + MOD
                + "[ -])?("
                + SEASON
                + "),? (?:of )?(this|last|next) year"
                + E,
            (m, c) -> {
              String det = m.group(2).toLowerCase(Locale.ROOT);
              int dir = det.equals("last") ? -1 : det.equals("next") ? 1 : 0;
              return Value.date(c.anchor().year(dir) + "-" + Lexicon.season(m.group(1)));
            }),
        Rule.of(
            "season-relative",
            "(?i)"
                + B
                + "(?:"
                + MOD
                + "[ -])?(this|last|next|the|this past|the"
                + " coming|the past|the last|the next) (?:(?:early|late|mid)[ -])?("
                + SEASON
                + ")"
                + E,
            PeriodRules::season),
        Rule.of(
            "season",
            "(?i)" + B + "(?:" + MOD + "[ -])?(" + SEASON + ")" + E,
            (m, c) -> c.after(SEASON_CUE) ? season(c, m.group(1), "") : null),
        Rule.of(
            "quarter",
            "(?i)"
                + B
                + "(?:the )?(?:fiscal )?"
                + ORDINAL
                + "[ -](?:fiscal[ -])?"
                + "quarter(?:,? (?:of )?(?:fiscal )?("
                + YEAR
                + "))?"
                + E,
            PeriodRules::quarter),
        Rule.of(
            "quarter-of-year",
            "(?i)"
                + B
                + "(?:the )?("
                + YEAR
                + ")(?:'s)? (?:fiscal )?(?:"
                + ORDINAL
                + "[ -])?(?:fiscal )?(?:quarter|period)"
                + E,
            PeriodRules::quarterOfYear),
        Rule.of(
            "quarter-of-relative-year",
            "(?i)" + B + "(this|last|next) year's (?:" + ORDINAL + "[ -])?(?:fiscal )?quarter" + E,
            PeriodRules::quarterOfRelativeYear),
        Rule.of(
            "quarter-relative",
            "(?i)"
                + B
                + "(this|last|next|the latest|the last|the past|the previous|the current|the most"
                + " recent|the recent|the same|the) (?:fiscal )?quarter(?! of)"
                + E,
            PeriodRules::relativeQuarter),
        Rule.of(
            "latest-period",
            "(?i)" + B + "the (?:latest|most recent) period" + E,
            (m, c) ->
                ReportingQuarter.inReport(c) ? Value.date(ReportingQuarter.quarter(c, 0)) : null),
        Rule.of(
            "half",
            "(?i)"
                + B
                + "(?:the )?(first|second|last) half(?: of (?:fiscal )?("
                + YEAR
                + "|this year|next year|last year|the year))?"
                + E,
            PeriodRules::half));
  }

  private static Value season(MatchResult m, Context c) {
    return season(c, m.group(2), m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * "last fall" is the latest autumn before the current season; "next" the first one starting after
   * the reference; "this", "the" and a bare season the one of the reference year, or the latest
   * (past tense) or coming (future cue) one.
   */
  static Value season(Context c, String seasonName, String determiner) {
    String code = Lexicon.season(seasonName);
    Anchor a = c.anchor();
    if (!a.known()) return Value.date("XXXX-" + code);
    LocalDate ref = a.date();
    int startMonth = startMonth(code);
    int latest =
        LocalDate.of(ref.getYear(), startMonth, 1).isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
    boolean current = !LocalDate.of(latest, startMonth, 1).plusMonths(3).isBefore(ref.plusDays(1));
    int year;
    if (determiner.contains("last") || determiner.contains("past"))
      year = current ? latest - 1 : latest;
    else if (determiner.contains("next") || determiner.contains("coming")) year = latest + 1;
    else if (determiner.equals("this")) year = current ? latest : ref.getYear();
    else if (c.future() && !current) year = latest + 1;
    else year = latest;
    return Value.date(year + "-" + code);
  }

  private static int startMonth(String code) {
    switch (code) {
      case "SP":
        return 3;
      case "SU":
        return 6;
      case "FA":
        return 9;
      default:
        return 12;
    }
  }

  /** A numbered quarter without a year: the latest such quarter that has begun. */
  private static Value quarter(MatchResult m, Context c) {
    int q = ordinal(m.group(1));
    if (m.group(2) != null) return Value.date(m.group(2) + "-Q" + q);
    Anchor a = c.anchor();
    if (!a.known()) return Value.date("XXXX-Q" + q);
    int year = q <= a.quarterOfYear() ? a.date().getYear() : a.date().getYear() - 1;
    return Value.date(year + "-Q" + q);
  }

  /**
   * "this quarter" is the reference's; "the quarter", "last quarter" and "the latest quarter" are
   * the last completed one, which is what reports of quarterly results mean.
   */
  private static Value relativeQuarter(MatchResult m, Context c) {
    String det = m.group(1).toLowerCase(Locale.ROOT);
    if (det.equals("this") || det.equals("the current")) return Value.date(c.anchor().quarter(0));
    if (det.equals("next")) return Value.date(c.anchor().quarter(1));
    if (det.equals("last") || det.equals("the previous") || det.equals("the past"))
      return Value.date(c.anchor().quarter(-1));
    return Value.date(ReportingQuarter.quarter(c, 0));
  }

  /** "the 1988 third quarter"; "the 1988 quarter" or "period" is the latest completed one's. */
  private static Value quarterOfYear(MatchResult m, Context c) {
    if (m.group(2) != null) return Value.date(m.group(1) + "-Q" + ordinal(m.group(2)));
    Anchor a = c.anchor();
    String q = a.known() ? ReportingQuarter.quarter(c, 0).substring(5) : "QX";
    return Value.date(m.group(1) + "-" + q);
  }

  private static Value quarterOfRelativeYear(MatchResult m, Context c) {
    String det = m.group(1).toLowerCase(Locale.ROOT);
    String year = c.anchor().year(det.equals("last") ? -1 : det.equals("next") ? 1 : 0);
    if (m.group(2) != null) return Value.date(year + "-Q" + ordinal(m.group(2)));
    Anchor a = c.anchor();
    return Value.date(year + "-" + (a.known() ? a.quarter(-1).substring(5) : "QX"));
  }

  private static Value half(MatchResult m, Context c) {
    String h = m.group(1).toLowerCase(Locale.ROOT).equals("first") ? "H1" : "H2";
    if (m.group(2) == null && !h.equals("H1") && m.group(1).equalsIgnoreCase("last")) return null;
    String y = m.group(2);
    if (y == null || y.toLowerCase(Locale.ROOT).startsWith("this") || y.equalsIgnoreCase("the year"))
      return Value.date(c.anchor().year(0) + "-" + h);
    if (y.toLowerCase(Locale.ROOT).startsWith("next"))
      return Value.date(c.anchor().year(1) + "-" + h);
    if (y.toLowerCase(Locale.ROOT).startsWith("last"))
      return Value.date(c.anchor().year(-1) + "-" + h);
    return Value.date(y + "-" + h);
  }

  static int ordinal(String word) {
    char first = word.toLowerCase(Locale.ROOT).charAt(0);
    switch (first) {
      case 'f':
        return word.toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
      case 's':
        return 2;
      case 't':
        return 3;
      default:
        return Character.getNumericValue(first);
    }
  }
}
