package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.COUNT;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.UNIT;
import static org.sitrep.time.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.sitrep.time.Rule.Value;

/** Recurring times (TIMEX3 SET): "every week" P1W, "daily" P1D, "twice a year", "$5 a day". */
final class SetRules {
  /** "a day" is a rate only after an amount or a frequency: "25,000 a month", "twice a week". */
  private static final Pattern AMOUNT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\d|\\b(?:million|billion|thousand|hundred|dozen|percent|cents?|dollars?|times"
              + "|twice|once|people|troops|soldiers|refugees|shells|attacks|strikes|flights|hours"
              + "|miles|tons|barrels))[%)]?\\s+$");

  private SetRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "set-every",
            "(?i)" + B + "(?:every|each)(?: other)? (?:(" + COUNT + ") )?(" + UNIT + ")" + E,
            SetRules::every),
        Rule.of(
            "set-every-weekday",
            "(?i)" + B + "(?:every|each) (" + WEEKDAY + ")",
            (m, c) -> set("XXXX-WXX-" + Lexicon.weekday(m.group(1)))),
        Rule.of(
            "set-every-month",
            "(?i)" + B + "(?:every|each) (" + Lexicon.MONTH + ")",
            (m, c) -> set("XXXX-" + DateRules.two(Lexicon.month(m.group(1))))),
        Rule.of(
            "set-every-season",
            "(?i)" + B + "(?:every|each) (" + Lexicon.SEASON + ")" + E,
            (m, c) -> set("XXXX-" + Lexicon.season(m.group(1)))),
        Rule.of(
            "set-weekdays",
            "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                + "(?:s| (morning|afternoon|evening|night)s|(?= (?:and|or) (?:Monday|Tuesday"
                + "|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)s"
                + "\\b)))"
                + E,
            SetRules::weekdays),
        Rule.of(
            "set-adverb",
            "(?i)" + B + "(hourly|daily|nightly|weekly|monthly|annually)" + E,
            SetRules::adverb),
        Rule.of(
            "set-rate",
            "(?i)"
                + B
                + "(?:(?:"
                + COUNT
                + ") times |twice |once )?(?:a|an|per) ("
                + UNIT
                + ")"
                + E,
            SetRules::rate));
  }

  private static Value every(MatchResult m, Context c) {
    String unit = m.group(2);
    if (unit.toLowerCase(Locale.ROOT).startsWith("weekend")) return set("XXXX-WXX-WE");
    Value d = DurationRules.value(m.group(1) == null ? "1" : m.group(1), unit);
    return set(d.value());
  }

  /**
   * "Sundays" XXXX-WXX-7; "Tuesday nights" XXXX-WXX-2TNI; in "Monday and Tuesday nights" each day
   * is its own expression, "Monday" taking the part of day that follows.
   */
  private static Value weekdays(MatchResult m, Context c) {
    String day = "XXXX-WXX-" + Lexicon.weekday(m.group(1));
    String partWord = m.group(2) != null ? m.group(2) : m.group(3);
    if (partWord == null) return set(day);
    String part = partWord.toLowerCase(Locale.ROOT);
    String code =
        part.startsWith("mo")
            ? "TMO"
            : part.startsWith("af") ? "TAF" : part.startsWith("ev") ? "TEV" : "TNI";
    return set(day + code);
  }

  private static Value adverb(MatchResult m, Context c) {
    String w = m.group(1).toLowerCase(Locale.ROOT);
    if (!w.startsWith("annual") && !w.startsWith("hour") && publication(c)) return null;
    if (w.startsWith("hour")) return set("PT1H");
    if (w.startsWith("night")) return set("XXXX-XX-XXTNI");
    if (w.startsWith("week")) return set("P1W");
    if (w.startsWith("month")) return set("P1M");
    if (w.startsWith("da")) return set("P1D");
    return set("P1Y");
  }

  /** A newspaper named by how often it comes out: "the daily Haaretz", "the weekly said". */
  private static final Pattern TITLE_AFTER =
      Pattern.compile("\\s+(?:\\p{Lu}\\p{L}|newspapers?\\b|paper\\b|tabloid\\b)");

  private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its)\\s+$");
  private static final Pattern REPORTS_AFTER =
      Pattern.compile("\\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites)\\b");

  private static boolean publication(Context c) {
    CharSequence after = c.text().subSequence(c.end(), Math.min(c.text().length(), c.end() + 16));
    if (TITLE_AFTER.matcher(after).lookingAt()) return true;
    CharSequence before = c.text().subSequence(Math.max(0, c.start() - 8), c.start());
    return NOUN_BEFORE.matcher(before).find() && REPORTS_AFTER.matcher(after).lookingAt();
  }

  private static Value rate(MatchResult m, Context c) {
    boolean frequency =
        m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:times|twice|once) .*");
    boolean per = m.group().toLowerCase(Locale.ROOT).startsWith("per ");
    CharSequence before = c.text().subSequence(Math.max(0, c.start() - 24), c.start());
    if (!frequency && !per && !AMOUNT_BEFORE.matcher(before).find()) return null;
    return set(DurationRules.value("1", m.group(1)).value());
  }

  private static Value set(String value) {
    return new Value("SET", value);
  }
}
