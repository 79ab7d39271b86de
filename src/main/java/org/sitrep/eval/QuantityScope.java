package org.sitrep.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which benchmark results are in scope for sitrep's figures, by kind of expression, never by case.
 * In scope: cardinal numbers, ranges, bounds and amounts with units, written as digits, words or
 * both. Out of scope (each method returns the reason, or null when in scope):
 *
 * <ul>
 *   <li>fractions ("two thirds", "3/4", "one and a half"), except a fraction of a large scale that
 *       makes a whole number ("half a million", "3 million and a half");
 *   <li>scientific and power notation ("1e10", "1.1^23");
 *   <li>negative numbers and spelled-out decimals ("two point five");
 *   <li>the bare word "one", a pronoun as often as a number;
 *   <li>non-English digit grouping ("1,3", "12,34,567");
 *   <li>numbers inside identifiers, dates, phone numbers and dotted sequences ("SCP-173",
 *       "5/17/2018", "+1-222-2222", "192.168.1.2");
 *   <li>for ranges: maths-register comparisons ("greater than or equal to", "&lt;=", "equals"),
 *       two bounds joined in one phrase ("more than 10 and less than 20"), ordinals and ratios;
 *   <li>for amounts: a unit with no number, amounts in two units ("3 dollars 50 cents", "5 ft 2
 *       in") and glued code forms ("USD115", "30 MUSD");
 *   <li>for quantulum3: calendar years, and units counted by the article alone ("a kibibyte",
 *       "a gallon", "a baker's dozen": one of the unit).
 * </ul>
 */
final class QuantityScope {
  private static final String CARDINALS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
      + "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
      + "trillion|dozen|nought|naught|lakh|crore";
  private static final Pattern FRACTION = Pattern.compile(
      "/|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\\b(half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?"
      + "|eighths?|ninths?|tenths?|\\w+ieths?|hundredths?|thousandths?|millionths?|billionths?"
      + "|trillionths?|\\w+-?firsts?)\\b");
  private static final Pattern RATIO = Pattern.compile("\\w\\s+(over|out of|in)\\s+\\w");
  private static final Pattern LARGE_SCALE = Pattern.compile("\\b(thousand|million|billion|trillion)\\b");
  private static final Pattern ENDS_WHOLE = Pattern.compile(
      "(thousand|million|billion|trillion|half|quarters?)$");
  private static final Pattern POWER = Pattern.compile("[×^]|\\d[eE][-+−]?\\d|\\dx\\d");
  private static final Pattern NEGATIVE = Pattern.compile("^\\s*(-|−|minus\\b|negative\\b)");
  private static final Pattern SPELLED_DECIMAL = Pattern.compile("\\bpoint\\b");
  private static final Pattern FOREIGN_GROUPING = Pattern.compile(
      "\\d,\\d{1,2}(?!\\d)|\\d,\\d\\d,\\d|\\d\\.\\d{3},\\d");
  private static final Pattern INPUT_FORMS = Pattern.compile(
      "\\d{1,4}/\\d{1,2}/\\d{2,4}|\\+\\d[\\d\\- /]{6,}|\\d+(\\.\\d+){2,}");
  private static final Pattern MATHS = Pattern.compile(
      "\\b(greater|larger|bigger|higher|smaller|lower)\\b|\\bequal|[<>=~]");
  private static final Pattern BOUND_WORDS = Pattern.compile(
      "\\b(than|least|most|up to|under|over|above|below|exceed\\w*)\\b");
  private static final Pattern ORDINAL = Pattern.compile(
      "\\b(first|second|third|\\w+th|\\d+(st|nd|rd|th))\\b");
  private static final Pattern CODE_FORM = Pattern.compile(
      "\\b[a-z]{3}\\$|[a-z]\\d|\\d[a-z]{3}\\b|\\bm(usd|eur|gbp|aud)\\b");
  private static final Pattern NUMBER_RUN = Pattern.compile(
      "(?:\\d[\\d,.]*|\\b(?:" + CARDINALS + ")\\b)(?:(?:\\s+|-|\\s+and\\s+)(?:\\d[\\d,.]*|\\b(?:"
      + CARDINALS + ")\\b))*");
  private static final Pattern NUMBER_WORD = Pattern.compile("\\d|\\b(" + CARDINALS + ")\\b");
  private static final Pattern ARTICLE_UNIT = Pattern.compile("^an?\\s");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private QuantityScope() {}

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).trim();
  }

  /** Why a Number result is out of scope, or null. */
  static String number(String input, QuantityCase.Expected e) {
    String t = lower(e.text());
    if ("power".equals(e.subtype()) || POWER.matcher(t).find()) return "scientific notation";
    if (NEGATIVE.matcher(t).find() || value(e) < 0) return "negative number";
    if (SPELLED_DECIMAL.matcher(t).find()) return "spelled-out decimal";
    if (isFraction(t, e.subtype(), value(e)) || RATIO.matcher(t).find()) return "fraction";
    if (t.equals("one")) return "bare 'one'";
    if (FOREIGN_GROUPING.matcher(t).find()) return "non-English digit grouping";
    return inputForm(input, e);
  }

  /** Why a NumberRange result is out of scope, or null. */
  static String range(String input, QuantityCase.Expected e) {
    String t = lower(e.text());
    if (MATHS.matcher(t).find()) return "maths-register comparison";
    if (count(BOUND_WORDS, t) >= 2) return "two bounds in one phrase";
    if (ORDINAL.matcher(t).find()) return "ordinal";
    if (NEGATIVE.matcher(t).find() || t.contains("negative") || t.contains("minus")
        || t.contains("-" + "-")) return "negative number";
    if (FRACTION.matcher(t).find() || RATIO.matcher(t).find() || !wholeEnds(e.value())) {
      return "fraction or ratio";
    }
    return inputForm(input, e);
  }

  /** Why a Currency or Dimension result is out of scope, or null. */
  static String amount(String input, QuantityCase.Expected e) {
    String t = lower(e.text());
    if (e.value() == null || !NUMBER_WORD.matcher(t).find()) return "unit without a number";
    if (POWER.matcher(t).find()) return "scientific notation";
    if (isFraction(t, null, value(e))) return "fraction";
    if (count(NUMBER_RUN, t) >= 2) return "amount in two units";
    if (CODE_FORM.matcher(t).find()) return "glued code form";
    if (FOREIGN_GROUPING.matcher(t).find()) return "non-English digit grouping";
    return null;
  }

  /** Why a quantulum3 quantity is out of scope, or null. */
  static String quantulum(QuantityCase.Expected e) {
    String t = lower(e.text());
    if (POWER.matcher(t).find()) return "scientific notation";
    if (value(e) < 0 || NEGATIVE.matcher(t).find()) return "negative number";
    if (isFraction(t, null, value(e))) return "fraction";
    if (!NUMBER_WORD.matcher(t).find() || ARTICLE_UNIT.matcher(t).find() && value(e) == 1
        && !"dimensionless".equals(e.unit())) {
      return "unit without a number";
    }
    if ("dimensionless".equals(e.unit()) && YEAR.matcher(t).matches()) return "calendar year";
    return null;
  }

  /** Why a case with no expected result (a test of what must not be found) is out of scope. */
  static String negative(String model, String input) {
    String t = lower(input);
    if (INPUT_FORMS.matcher(t).find()) return "date, phone or dotted form";
    if (model.equals("NumberModel") && Pattern.compile("\\bone\\b").matcher(t).find()) {
      return "bare 'one'";
    }
    if (model.equals("NumberRangeModel") && (MATHS.matcher(t).find() || FRACTION.matcher(t).find()
        && Pattern.compile("/|\\w+ths?\\b|half|quarter").matcher(t).find())) {
      return "maths-register comparison or fraction";
    }
    return null;
  }

  private static boolean isFraction(String t, String subtype, double value) {
    boolean form = "fraction".equals(subtype) || FRACTION.matcher(t).find();
    if (!form) return false;
    boolean whole = value == Math.rint(value);
    return !(whole && LARGE_SCALE.matcher(t).find() && ENDS_WHOLE.matcher(t).find());
  }

  private static String inputForm(String input, QuantityCase.Expected e) {
    Matcher m = INPUT_FORMS.matcher(input);
    while (m.find()) {
      if (m.start() <= e.start() && e.end() <= m.end()) return "date, phone or dotted form";
    }
    if (e.start() > 0) {
      char before = input.charAt(e.start() - 1);
      boolean glued = Character.isLetter(before) || before == '-' && e.start() > 1
          && Character.isLetter(input.charAt(e.start() - 2));
      if (glued && !e.text().startsWith("-")) return "identifier";
    }
    return null;
  }

  private static int count(Pattern p, String t) {
    Matcher m = p.matcher(t);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  static double value(QuantityCase.Expected e) {
    try {
      return e.value() == null ? Double.NaN : Double.parseDouble(e.value());
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  private static boolean wholeEnds(String interval) {
    QuantityInterval i = QuantityInterval.parse(interval);
    return i != null && (i.low() == null || i.low() == Math.rint(i.low()))
        && (i.high() == null || i.high() == Math.rint(i.high()));
  }
}
