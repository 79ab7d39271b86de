package org.sitrep.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers, ranges and amounts in news English, with exact character offsets.
 *
 * <p>What it reads: digits with separators ("12,000", "40 000" with any space, "1.2 million",
 * "1.5bn", "$1.5bn", "€300m", "10k"), words ("twelve thousand", "two hundred and fifty", "a dozen",
 * "half a million"), mixed forms ("3 million"), vague amounts ("dozens of", "hundreds of
 * thousands", "several hundred", "a few thousand"; see {@link NumberReader} for their low and high
 * ends), ranges ("between 10,000 and 12,000", "10,000-12,000" with any dash, "10-12,000" as
 * 10,000-12,000, "10,000 to 12,000", "from 5 to 7", "8- to 16-meter"), qualifiers before
 * ("about", "at least", "more than", "up to", "fewer than", ...) and after ("or more"), the unit or
 * counted noun after, and rates ("25,000 a month": per month).
 *
 * <p>Spans: a quantity's text runs from its qualifier (if any) through a currency sign or code and
 * the number or range to a currency, measure, percent or duration unit; a counted noun ("troops")
 * and a rate ("a month") are outside the text and reported in {@code unit} and {@code per}.
 *
 * <p>Units: currencies as ISO codes ("$" is USD, "C$" CAD, "dollars" USD) or "cents"/"pence";
 * measures as short names ("km", "square km", "m", "mph", "tonnes", "°C"); counted nouns as
 * written, plural or, for one thing, singular ("troops", "Koreans", "soldier"). A lower-case "m"
 * glued to digits is a million after a currency sign or before a counted noun ("€300m", "1m
 * people"), otherwise metres ("a 10m wall").
 *
 * <p>Bounds: "more than 5,000" has low = high = 5000 and qualifier {@code more_than}; the
 * qualifier says on which side the truth lies. Ranges have low below high.
 *
 * <p>What is not a figure and how to tell: ordinals ("third", "3rd"), fractions ("two thirds",
 * "3/4"), dates ("May 4", "5/17/2018"), clock times, phone-like chains, codes and model names
 * ("F-16", "MH17") and calendar years (a lone 4-digit 1900-2100 with no qualifier, currency, unit
 * or counted noun, or one after "in", "since", ...) are NOT returned. Percentages ARE returned,
 * with unit {@code "percent"} (or {@code "percentage points"}); durations with unit "days",
 * "weeks", "months", "years", ...; ages ("aged 25", "25-year-old", "25 years old") with unit
 * {@code "age"}. The bare word "one" is returned only before a noun ("one soldier").
 *
 * <p>Instances hold no state and are safe to share between threads.
 */
public final class QuantityParser {

  /** The quantities in {@code text}, in text order, not overlapping. */
  public List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    for (QuantityReading r : readings(text)) out.add(r.quantity());
    return out;
  }

  /** Like {@link #find(String)}, with the inner spans of each quantity. */
  public List<QuantityReading> readings(String text) {
    List<NumberToken> tokens = NumberLexer.lex(text);
    NumberReader reader = new NumberReader(tokens);
    QuantityUnitReader units = new QuantityUnitReader(tokens);
    QuantityFilter filter = new QuantityFilter(tokens);
    List<QuantityReading> out = new ArrayList<>();
    int i = 0;
    int floor = 0;
    while (i < tokens.size()) {
      NumberExpression a = startsNumber(tokens.get(i)) ? reader.read(i, units.currencies().signBefore(i)) : null;
      if (a == null) {
        i++;
        continue;
      }
      QuantityDraft d = new QuantityDraft(a);
      QuantityRanges.extend(tokens, reader, d);
      i = Math.max(i + 1, d.consumed);
      if (filter.rejectsForm(d)) continue;
      units.currencies().prefix(d, floor);
      QuantityQualifiers.before(tokens, d);
      QuantityQualifiers.after(tokens, d);
      units.after(d);
      i = Math.max(i, d.consumed);
      if (filter.isYear(d) || isBareOne(tokens, d)) continue;
      out.add(reading(text, tokens, d));
      floor = d.consumed;
    }
    return out;
  }

  /** True when {@code unit}, as this parser reports units, is a currency ("USD", "pence"). */
  public static boolean isCurrency(String unit) {
    return unit != null && (QuantityUnits.CODES.contains(unit)
        || QuantityUnits.SIGNS.containsValue(unit) || QuantityUnits.CURRENCY_WORDS.containsValue(unit)
        || unit.endsWith(" dollars"));
  }

  private static boolean startsNumber(NumberToken t) {
    return t.isDigits() || t.isWord() && NumberWords.canStart(t.lower());
  }

  /** "one" alone is as often a pronoun ("the one you mentioned") as a count. */
  private static boolean isBareOne(List<NumberToken> tokens, QuantityDraft d) {
    return !d.range() && d.first.atoms() == 1 && d.first.last() == d.first.first() + 1
        && tokens.get(d.first.first()).isWord("one") && d.unit == null
        && "exact".equals(d.qualifier);
  }

  private static QuantityReading reading(String text, List<NumberToken> tokens, QuantityDraft d) {
    int start = tokens.get(d.quantityFirst).start();
    int end = tokens.get(d.quantityLast - 1).end();
    Quantity q = new Quantity(text.substring(start, end), start, end, d.low, d.high, d.qualifier,
        d.unit, d.per);
    return new QuantityReading(q, tokens.get(d.amountFirst).start(),
        tokens.get(d.valueFirst).start(), tokens.get(d.valueLast - 1).end(),
        tokens.get(d.boundLast - 1).end());
  }
}
