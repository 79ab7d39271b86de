package org.sitrep.claims;

import java.util.List;

/**
 * Joins two numbers into a range: "between 10,000 and 12,000", "from 5 to 7", "10,000 to 12,000",
 * "10,000-12,000" (any dash, spaced or not), "8- to 16-meter", "44 mg to 50 mg", "$10 to $12",
 * "from 20,000 to more than 150,000" (the open end's number as the high end).
 * A scale written only on the second number applies to both ("10 to 12 million", "$1-2bn"), and
 * "10-12,000" reads as 10,000 to 12,000. The low end must be below the high end.
 */
final class QuantityRanges {
  private QuantityRanges() {}

  static void extend(List<NumberToken> tokens, NumberReader reader, QuantityDraft d) {
    NumberExpression a = d.first;
    if (a.vague()) return;
    int before = a.first() - 1;
    String sign = before >= 0 ? QuantityUnits.SIGNS.get(tokens.get(before).text()) : null;
    if (sign != null) before--;
    // "since October 2023 to 72,418": a month's year is a date, not the low end of a range
    if (before >= 0 && MONTHS.contains(tokens.get(before).lower()) && year(tokens.get(a.first())) && a.atoms() == 1) return;
    boolean between = word(tokens, before, "between");
    boolean from = word(tokens, before, "from");
    int j = a.last();
    String unitBetween = null;
    if (j < tokens.size() && isUnit(tokens.get(j))) unitBetween = tokens.get(j++).lower();
    if (j >= tokens.size()) return;
    NumberToken c = tokens.get(j);
    boolean dash = c.isDash();
    if (dash && word(tokens, j + 1, "to")) j++;
    else if (!dash && !(c.isWord("to") || c.isWord("through") || c.isWord("and") && between)) return;
    if (between && !c.isWord("and") && !c.isWord("to") && !dash) return;
    from &= c.isWord("to") || c.isWord("through");
    j++;
    // "range from 20,000 to more than 150,000": an open upper end keeps its number as the high
    if (from && word(tokens, j, "more") && word(tokens, j + 1, "than")) j += 2;
    boolean money = j < tokens.size() && QuantityUnits.SIGNS.containsKey(tokens.get(j).text());
    if (money) j++;
    NumberExpression b = j < tokens.size() ? reader.read(j, money) : null;
    if (b == null || b.vague()) return;
    if (unitBetween != null && (b.last() >= tokens.size()
        || !tokens.get(b.last()).lower().equals(unitBetween))) return;
    double low = a.low();
    if (b.scale() > a.scale() && a.scale() == 1 && low < b.low()) low *= b.scale();
    if (dash && !tokens.get(a.first()).grouped() && tokens.get(b.first()).grouped()
        && tokens.get(a.first()).isPlainInteger() && a.atoms() == 1) {
      while (low > 0 && low * 1000 <= b.low()) low *= 1000;
    }
    if (!(low < b.high())) return;
    d.second = b;
    d.low = low;
    d.high = b.high();
    d.valueFirst = between || from ? before : a.first();
    if ((between || from) && sign != null) {
      d.unit = sign;
      d.currency = true;
    }
    d.amountFirst = d.valueFirst;
    d.quantityFirst = d.valueFirst;
    d.valueLast = b.last();
    d.bound(b.last());
  }

  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** A plain four-digit number a year may be: "2023". */
  private static boolean year(NumberToken t) {
    return t.isPlainInteger() && !t.grouped() && t.text().length() == 4
        && (t.text().startsWith("19") || t.text().startsWith("20"));
  }

  private static boolean word(List<NumberToken> tokens, int i, String w) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(w);
  }

  private static boolean isUnit(NumberToken t) {
    return t.isWord() && (QuantityUnits.MEASURES.containsKey(t.lower())
        || QuantityUnits.CURRENCY_WORDS.containsKey(t.lower()));
  }
}
