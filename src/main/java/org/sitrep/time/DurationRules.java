package org.sitrep.time;

import static org.sitrep.time.Lexicon.B;
import static org.sitrep.time.Lexicon.COUNT;
import static org.sitrep.time.Lexicon.E;
import static org.sitrep.time.Lexicon.UNIT;
import static org.sitrep.time.RelativeRules.APPROX;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import org.sitrep.time.Rule.Value;

/**
 * Durations: "three years" P3Y, "48 hours" PT48H, "the past two weeks" P2W, "a decade" P10Y, "an
 * hour and a half" PT1H30M. "Three days later" is the duration "three days": TimeML leaves "later"
 * out of the extent as a signal.
 */
final class DurationRules {
  private static final String LEAD =
      "(?:the |these |those |each of the |another |an additional )?"
          + "(?:(?:past|last|next|coming|first|previous|final|following|remaining|initial|same"
          + "|latest) )?";
  private static final String FILLER =
      "(?:(?:more|additional|full|straight|consecutive|long|short|whole|entire|extra|trading"
          + "|business|working|calendar) )?";

  /** Ages are not durations in news ("a 45-year-old", "52 years old"). */
  private static final String NOT_AGE = "(?![- ]old\\b|-long)";

  /** Bare "years", "weeks" are durations after these words: "for years", "within weeks". */
  private static final java.util.regex.Pattern VAGUE_CUE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:for|within|over|in|took|take|takes|lasted|after|the) $");

  /** "a while" is a duration after these words: "for a while", "after a while". */
  private static final java.util.regex.Pattern WHILE_CUE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:for|in|after|within|take|takes|took|lasted|quite) $");

  private static final java.util.regex.Pattern MODAL =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:will|would|could|may|might|can|shall|should|must|to|'ll) $");

  private DurationRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of(
            "duration",
            "(?i)"
                + B
                + "(?:"
                + APPROX
                + "(?!the |these |those ))?"
                + LEAD
                + "("
                + COUNT
                + ")(?:(?: to | or |-)("
                + COUNT
                + "))?[ -]"
                + FILLER
                + "("
                + UNIT
                + ")( and a half)?"
                + E
                + NOT_AGE,
            DurationRules::duration),
        Rule.of(
            "duration-long",
            "(?i)" + B + "(" + COUNT + ")-(" + UNIT + ")-long" + E,
            (m, c) -> value(m.group(1), m.group(2))),
        Rule.of(
            "duration-vague",
            "(?i)"
                + B
                + "(?:(?:many|several|recent|the past|the last) )?(years"
                + "|months|weeks|days|decades|centuries|hours|minutes)"
                + E,
            (m, c) -> c.after(VAGUE_CUE) ? value("X", m.group(1)) : null),
        Rule.of(
            "duration-recent",
            "(?i)"
                + B
                + "(?:the )?(?:recent|coming|past|next few|last few"
                + "|past few|few) (years|months|weeks|days|decades|quarters)"
                + E,
            (m, c) -> value("X", m.group(1))),
        Rule.of(
            "a-while",
            "(?i)"
                + B
                + "a (?:long |short |little )?while"
                + E
                + "(?! ago\\b)",
            (m, c) -> c.after(WHILE_CUE) ? Value.duration("PXX") : null),
        Rule.of(
            "a-while-ago",
            "(?i)" + B + "a (?:long |short |little )?while ago" + E,
            (m, c) -> Value.date("PAST_REF")),
        Rule.of(
            "duration-ahead",
            "(?i)" + B + "the (years|months|weeks|days) ahead" + E,
            (m, c) -> value("X", m.group(1))),
        Rule.of(
            "duration-decades",
            "(?i)" + B + "(decades|centuries)-long" + E,
            (m, c) -> value("X", m.group(1))),
        Rule.of(
            "duration-unit-long",
            "(?i)" + B + "(hour|day|week|month|year)-long" + E,
            (m, c) -> value("1", m.group(1))));
  }

  private static Value duration(MatchResult m, Context c) {
    String count = m.group(1).toLowerCase(Locale.ROOT);
    String unit = Lexicon.unit(m.group(3));
    boolean plural = m.group(3).toLowerCase(Locale.ROOT).endsWith("s");
    if (count.matches("an?") && plural) return null;
    if (unit.equals("weekend")) return null;
    // "a second attack", "a quarter of the vote": ordinals and fractions, not durations
    if (count.matches("an?") && (unit.equals("second") || unit.equals("quarter"))) return null;
    if (unit.equals("quarter") && m.group().contains("-quarter")) return null; // "three-quarters"
    // "she may one day return": after a modal, "one day" is an indefinite future time
    if (m.group().equalsIgnoreCase("one day") && c.after(MODAL)) return Value.date("FUTURE_REF");
    // "a minute and a half", "two years and a half": the half goes with the count
    return value(m.group(4) == null ? m.group(1) : m.group(1) + " and a half", m.group(3));
  }

  /** "two and a half years" in the next smaller unit: P2Y6M, P2DT12H, PT2H30M, PT2M30S. */
  private static final java.util.Map<String, String> HALVES = java.util.Map.of(
      "year", "P%sY6M", "day", "P%sDT12H", "hour", "PT%sH30M", "minute", "PT%sM30S");

  /** The TIMEX3 duration for a count and a unit: P3Y, PT48H, P10Y for a decade, PXY when vague. */
  static Value value(String count, String unitWord) {
    String n = Lexicon.count(count);
    String unit = Lexicon.unit(unitWord);
    String half = HALVES.get(unit);
    if (n.endsWith(".5") && half != null) return Value.duration(half.replace("%s", n.substring(0, n.length() - 2)));
    switch (unit) {
      case "second":
        return Value.duration("PT" + n + "S");
      case "minute":
        return Value.duration("PT" + n + "M");
      case "hour":
        return Value.duration("PT" + n + "H");
      case "day":
        return Value.duration("P" + n + "D");
      case "weekend":
        return Value.duration("P" + times(n, 2) + "D");
      case "week":
        return Value.duration("P" + n + "W");
      case "fortnight":
        return Value.duration("P" + times(n, 2) + "W");
      case "month":
        return Value.duration("P" + n + "M");
      case "quarter":
        return Value.duration("P" + n + "Q");
      case "decade":
        // vague decades and centuries in TimeBank's TIMEX3 units: E decade, C century
        return Value.duration(n.equals("X") ? "PXE" : "P" + times(n, 10) + "Y");
      case "century":
        return Value.duration(n.equals("X") ? "PXC" : "P" + times(n, 100) + "Y");
      default:
        return Value.duration("P" + n + "Y");
    }
  }

  private static String times(String n, int factor) {
    if (n.equals("X")) return "X";
    double v = Double.parseDouble(n) * factor;
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
