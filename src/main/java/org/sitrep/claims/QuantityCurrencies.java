package org.sitrep.claims;

import java.util.List;

/**
 * Currencies around an amount: a sign or code before it ("$", "US$", "U.S. $", "HK$", "€",
 * "USD") and currency words after it ("dollars", "Swiss francs", "361 million pounds").
 */
final class QuantityCurrencies {
  private final List<NumberToken> tokens;

  QuantityCurrencies(List<NumberToken> tokens) {
    this.tokens = tokens;
  }

  private String lower(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord() ? tokens.get(i).lower() : "";
  }

  private NumberToken at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** True when a currency sign stands right before token {@code i}. */
  boolean signBefore(int i) {
    NumberToken t = at(i - 1);
    return t != null && QuantityUnits.SIGNS.containsKey(t.text());
  }

  /** "$", "US$", "us $", "HK$", "€", "USD" right before the amount. */
  void prefix(QuantityDraft d, int floor) {
    int i = d.amountFirst - 1;
    NumberToken t = at(i);
    if (t == null || i < floor) return;
    String code = QuantityUnits.SIGNS.get(t.text());
    if (code == null && t.isWord() && QuantityUnits.CODES.contains(t.text())) code = t.text();
    if (code == null && t.isWord()) code = QuantityUnits.WORD_PREFIXES.get(t.text());
    if (code == null) return;
    int first = i;
    NumberToken p = at(i - 1);
    int us = t.text().equals("$") ? usBefore(i - 1) : -1;
    if (us >= floor) {
      code = "USD";
      first = us;
    } else if (t.text().equals("$") && p != null && p.isWord() && i - 1 >= floor) {
      String pre = QuantityUnits.DOLLAR_PREFIXES.get(p.lower());
      boolean article = p.lower().equals("a") || p.lower().equals("s");
      if (pre != null && (!t.spaced() || !article)) {
        code = pre;
        first = i - 1;
      }
    }
    d.unit = code;
    d.currency = true;
    d.amountFirst = first;
    d.quantityFirst = first;
  }

  /** The index of "u" in "u.s", "U.S." or "u . s ." ending at {@code j}, or -1. */
  private int usBefore(int j) {
    if (at(j) != null && at(j).isSymbol(".")) j--;
    boolean us = lower(j).equals("s") && at(j - 1) != null && at(j - 1).isSymbol(".")
        && lower(j - 2).equals("u");
    return us ? j - 2 : -1;
  }

  /** End of a currency word at j, after up to two adjectives ("Swiss francs"), or 0. */
  int wordEnd(int j) {
    for (int k = 0; k <= 2; k++) {
      String w = lower(j + k);
      if (w.isEmpty() || QuantityNouns.isStop(w) && k > 0) return 0;
      if (k > 0 && at(j + k).start() == at(j + k - 1).end()) return 0;
      if (QuantityUnits.CURRENCY_WORDS.containsKey(w)) {
        if (w.startsWith("pound") && k > 0) return 0;
        return j + k + 1;
      }
      if (k == 0 && !at(j).spaced()) return 0;
    }
    return 0;
  }

  String name(int i, QuantityDraft d) {
    String w = lower(i);
    if (w.startsWith("pound") && d.first.scale() < 1e6 && !lower(i + 1).equals("sterling")) {
      d.measure = true;
      return "lb";
    }
    String code = QuantityUnits.CURRENCY_WORDS.get(w);
    String adjective = i > 0 ? lower(i - 1) : "";
    if (code.equals("USD") && !adjective.isEmpty() && !adjective.equals("us")
        && at(i - 1).end() < at(i).start() && i - 1 >= d.boundLast) {
      return adjective + " dollars";
    }
    return code;
  }
}
