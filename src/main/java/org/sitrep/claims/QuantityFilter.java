package org.sitrep.claims;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are not amounts: ordinals ("3rd"), decades ("1990s"), codes and names ("F-16",
 * "MH17", "24703L202", "1e10"), fractions and dates with slashes ("3/4", "5/17/2018"), clock times
 * ("10:30", "6pm", "3 a.m."), phone-like chains ("+1-222-2222"), day numbers beside a month name
 * ("May 4", "4 May") and calendar years (a lone 1900-2100 with no qualifier, currency, unit or
 * counted noun).
 */
final class QuantityFilter {
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "s");
  private static final Set<String> CLOCK = Set.of("am", "pm", "gmt", "utc", "bst", "cet", "est",
      "edt", "pst");
  private static final Set<String> YEAR_PREPOSITIONS = Set.of(
      "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "the",
      "early", "late", "mid", "to");
  /** Denominators: "two thirds", "two-thirds", "one quarter" are fractions, not counts. */
  private static final Set<String> DENOMINATORS = Set.of(
      "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
      "sixths", "eighth", "eighths", "tenth", "tenths");
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;
  private static final int LAST_DAY = 31;

  private final List<NumberToken> tokens;

  QuantityFilter(List<NumberToken> tokens) {
    this.tokens = tokens;
  }

  private NumberToken at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  private String lower(int i) {
    NumberToken t = at(i);
    return t != null && t.isWord() ? t.lower() : "";
  }

  private boolean glued(int i) {
    NumberToken t = at(i);
    return t != null && !t.spaced();
  }

  /** True when the number or range in the draft is not an amount, judged by its form alone. */
  boolean rejectsForm(QuantityDraft d) {
    int first = d.first.first();
    int last = d.range() ? d.second.last() : d.first.last();
    NumberToken head = at(first);
    if (head.isDigits() && glued(first) && at(first - 1) != null) {
      NumberToken p = at(first - 1);
      if (p.isWord() || p.isSymbol("+") || p.isSymbol(":") || p.isSymbol("/") || p.isSymbol("^")
          || p.isDash() && glued(first - 1) && at(first - 2) != null
          && (at(first - 2).isWord() || at(first - 2).isDigits())) {
        return true;
      }
    }
    NumberToken tail = at(last - 1);
    NumberToken next = at(last);
    if (tail.isDigits() && next != null && !next.spaced()) {
      if (next.isSymbol(":") || next.isSymbol("/") || next.isSymbol("^")) return true;
      if (next.isWord() && ORDINAL_SUFFIXES.contains(next.lower())) return true;
      if (next.isWord("G") && next.text().equals("G")) return true; // "4G", "5G": networks
      if (next.isWord() && (next.lower().equals("e") || next.lower().equals("x"))
          && at(last + 1) != null && at(last + 1).isDigits()) return true;
      if (next.isDash() && at(last + 1) != null && at(last + 1).isDigits() && glued(last + 1)) {
        return true;
      }
    }
    int after = next != null && next.isDash() ? last + 1 : last;
    if (DENOMINATORS.contains(lower(after))) return true;
    return clock(last) || date(first, last, d);
  }

  /** "6pm", "3 a.m.", "10 GMT". */
  private boolean clock(int last) {
    String w = lower(last);
    if (CLOCK.contains(w)) return true;
    return (w.equals("a") || w.equals("p")) && at(last + 1) != null && at(last + 1).isSymbol(".")
        && lower(last + 2).equals("m");
  }

  private boolean date(int first, int last, QuantityDraft d) {
    if (d.range() || d.first.low() > LAST_DAY || d.first.low() != Math.rint(d.first.low())) {
      return false;
    }
    int before = at(first - 1) != null && at(first - 1).isSymbol(".") ? first - 2 : first - 1;
    return MONTHS.contains(lower(before)) || MONTHS.contains(lower(last));
  }

  /** A calendar year: judged after qualifiers and units are known. */
  boolean isYear(QuantityDraft d) {
    if (d.range() || d.currency || d.measure || !"exact".equals(d.qualifier)) return false;
    NumberToken t = at(d.first.first());
    if (!t.isPlainInteger() || t.text().length() != 4 || d.first.last() != d.first.first() + 1) {
      return false;
    }
    if (t.value() < FIRST_YEAR || t.value() > LAST_YEAR) return false;
    return !d.noun || YEAR_PREPOSITIONS.contains(lower(d.first.first() - 1))
        || MONTHS.contains(lower(d.first.first() - 1));
  }
}
