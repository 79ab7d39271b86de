package org.sitrep.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an amount is in: a currency sign or code before it ("$", "US$", "€", "USD"), or after
 * it a percent sign, a currency word ("dollars", "Swiss francs"), a measure ("km", "square
 * kilometres", "3-inch", "miles an hour") or a duration ("three days", "25-year-old" as an age).
 * These are part of the amount's span. Otherwise a counted noun ("troops") is looked for by
 * {@link QuantityNouns}, outside the span. A rate ("a month", "per day") may follow either.
 */
final class QuantityUnitReader {
  private static final Set<String> BRACKETS = Set.of("(", "[", "{", "<");
  private static final Map<String, String> CLOSING =
      Map.of("(", ")", "[", "]", "{", "}", "<", ">");
  private static final Map<String, String> SCALES = Map.of(
      "celsius", "°C", "centigrade", "°C", "c", "°C", "fahrenheit", "°F", "f", "°F");
  private final List<NumberToken> tokens;
  private final QuantityCurrencies currencies;

  QuantityUnitReader(List<NumberToken> tokens) {
    this.tokens = tokens;
    this.currencies = new QuantityCurrencies(tokens);
  }

  QuantityCurrencies currencies() {
    return currencies;
  }

  private String lower(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).lower() : "";
  }

  private NumberToken at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** Unit, counted noun and rate after the amount. */
  void after(QuantityDraft d) {
    int j = d.boundLast;
    if (!d.currency) j = unit(d, j);
    String before = lower(d.quantityFirst - 1);
    if (d.unit == null && (before.equals("aged") || before.equals("age"))) {
      d.unit = "age";
      d.measure = true;
    }
    if (d.unit == null) QuantityNouns.read(tokens, d, j);
    rate(d, d.consumed);
  }

  private int unit(QuantityDraft d, int j) {
    NumberToken t = at(j);
    if (t == null) return j;
    if (t.isDash() && !t.spaced() && at(j + 1) != null && !at(j + 1).spaced()) {
      return hyphenated(d, j);
    }
    if (t.isSymbol("%")) return set(d, "percent", j + 1, false);
    if (t.isSymbol("°") && at(j + 1) != null && !at(j + 1).spaced()
        && SCALES.containsKey(lower(j + 1)) && lower(j + 1).length() == 1) {
      return set(d, SCALES.get(lower(j + 1)), j + 2, false);
    }
    String w = lower(j);
    if (w.equals("percent") || w.equals("pc")) return set(d, "percent", j + 1, false);
    if (w.equals("per") && lower(j + 1).equals("cent")) return set(d, "percent", j + 2, false);
    if (w.equals("percentage") && lower(j + 1).equals("points")) {
      return set(d, "percentage points", j + 2, false);
    }
    String sign = QuantityUnits.SIGNS.get(t.text());
    if (sign != null) return set(d, sign, j + 1, true);
    if (t.isWord() && QuantityUnits.CODES.contains(t.text())) return set(d, t.text(), j + 1, true);
    int money = currencies.wordEnd(j);
    if (money > 0) return set(d, currencies.name(money - 1, d), money, true);
    return measure(d, j);
  }

  private int set(QuantityDraft d, String unit, int last, boolean currency) {
    d.unitInSpan(unit, last);
    d.currency = currency;
    d.measure = !currency;
    return last;
  }

  /** "3-inch", "six-mile", "two-year", "25-year-old", "12-cent". */
  private int hyphenated(QuantityDraft d, int j) {
    String w = lower(j + 1);
    String m = QuantityUnits.MEASURES.get(w);
    if (m != null && w.length() > 1) return set(d, m, j + 2, false);
    String c = QuantityUnits.CURRENCY_WORDS.get(w);
    if (c != null) return set(d, c, j + 2, true);
    String dur = QuantityUnits.DURATIONS.get(w);
    if (dur == null) return j;
    if (at(j + 2) != null && at(j + 2).isDash() && lower(j + 3).equals("old")) {
      return set(d, "age", j + 4, false);
    }
    return set(d, dur, j + 2, false);
  }

  private int measure(QuantityDraft d, int j) {
    String w = lower(j);
    int k = j;
    String prefix = null;
    if (w.equals("square") || w.equals("sq") || w.equals("cubic") || w.equals("metric")) {
      prefix = w.equals("sq") ? "square" : w;
      k++;
      if (at(k) != null && at(k).isSymbol(".")) k++;
    }
    boolean bracket = prefix == null && at(k) != null && BRACKETS.contains(at(k).text())
        && at(k + 2) != null && at(k + 2).isSymbol(CLOSING.get(at(k).text()));
    if (bracket) k++;
    String base = QuantityUnits.MEASURES.get(lower(k));
    if (base == null) return duration(d, j);
    if (at(k).spaced() && "MTGBK".contains(at(k).text())) return duration(d, j);
    NumberToken next = at(k + 1);
    if (next != null && !next.spaced() && next.isDash() && at(k + 2) != null
        && at(k + 2).isDigits() && !at(k + 2).spaced()) {
      return j;
    }
    if (next != null && !next.spaced() && next.isDigits()) {
      if (!next.text().equals("2") && !next.text().equals("3")) return j;
      prefix = next.text().equals("2") ? "square" : "cubic";
      k++;
    } else if (lower(k + 1).equals("squared") || lower(k + 1).equals("cubed")) {
      prefix = lower(k + 1).equals("squared") ? "square" : "cubic";
      k++;
    }
    if (bracket) k++;
    String unit = prefix == null ? base : prefix + " " + base;
    int end = k + 1;
    if (base.equals("degrees") && SCALES.containsKey(lower(end))) {
      unit = SCALES.get(lower(end));
      end++;
    }
    if (isLength(base) && (lower(end).equals("an") || lower(end).equals("per")
        || lower(end).equals("a")) && lower(end + 1).equals("hour")) {
      unit = base.equals("miles") ? "mph" : base + "/h";
      end += 2;
    }
    if (at(end) != null && at(end).isSymbol("/") && !at(end).spaced()
        && (lower(end + 1).equals("h") || lower(end + 1).equals("hr"))) {
      unit = base + "/h";
      end += 2;
    }
    String per = perUnit(end);
    if (per != null) {
      unit = unit + "/" + per;
      end += 2;
    }
    return set(d, unit, end, false);
  }

  /** "per millisecond", "/kg": a denominator that is a measure or a short duration. */
  private String perUnit(int end) {
    NumberToken t = at(end);
    if (t == null || !(t.isWord("per") || t.isSymbol("/") && !t.spaced())) return null;
    String w = lower(end + 1);
    if (QuantityUnits.RATES.containsKey(w)) return null;
    String m = QuantityUnits.MEASURES.get(w);
    return m != null ? m : QuantityUnits.DURATIONS.get(w);
  }

  private static boolean isLength(String unit) {
    return unit.equals("km") || unit.equals("miles") || unit.equals("m");
  }

  private int duration(QuantityDraft d, int j) {
    String dur = QuantityUnits.DURATIONS.get(lower(j));
    if (dur == null || (at(j) != null && !at(j).spaced())) return j;
    if (lower(j + 1).equals("old")) return set(d, "age", j + 2, false);
    return set(d, dur, j + 1, false);
  }

  /** "a month", "per day", "each week", "every year", "daily". */
  private void rate(QuantityDraft d, int j) {
    String w = lower(j);
    String r;
    int end;
    if (w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each")
        || w.equals("every")) {
      r = QuantityUnits.RATES.get(lower(j + 1));
      end = j + 2;
      if (r != null && (w.equals("a") || w.equals("an")) && isTimeAnchor(lower(j + 2))) return;
    } else {
      r = w.equals("daily") || w.equals("annually") ? QuantityUnits.RATES.get(w) : null;
      end = j + 1;
    }
    if (r == null) return;
    d.per = r.toLowerCase(Locale.ROOT);
    d.consumed = Math.max(d.consumed, end);
  }

  private static boolean isTimeAnchor(String w) {
    return w.equals("ago") || w.equals("earlier") || w.equals("later") || w.equals("before")
        || w.equals("after") || w.equals("since") || w.equals("from") || w.equals("into");
  }
}
