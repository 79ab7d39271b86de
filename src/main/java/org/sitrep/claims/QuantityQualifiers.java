package org.sitrep.claims;

import java.util.List;
import java.util.Map;

/** Qualifier phrases before an amount ("about", "at least", "up to") and after it ("or more"). */
final class QuantityQualifiers {
  private static final Map<String, String> BEFORE = Map.ofEntries(
      Map.entry("about", "approximate"), Map.entry("around", "approximate"),
      Map.entry("some", "approximate"), Map.entry("roughly", "approximate"),
      Map.entry("nearly", "approximate"), Map.entry("almost", "approximate"),
      Map.entry("approximately", "approximate"), Map.entry("an estimated", "approximate"),
      Map.entry("estimated", "approximate"), Map.entry("close to", "approximate"),
      Map.entry("approx", "approximate"), Map.entry("circa", "approximate"),
      Map.entry("on the order of", "approximate"), Map.entry("in the region of", "approximate"),
      Map.entry("at least", "at_least"), Map.entry("no fewer than", "at_least"),
      Map.entry("no less than", "at_least"), Map.entry("not less than", "at_least"),
      Map.entry("not fewer than", "at_least"), Map.entry("a minimum of", "at_least"),
      Map.entry("more than", "more_than"), Map.entry("over", "more_than"),
      Map.entry("upwards of", "more_than"), Map.entry("in excess of", "more_than"),
      Map.entry("above", "more_than"), Map.entry("exceeding", "more_than"),
      Map.entry("exceed", "more_than"), Map.entry("exceeds", "more_than"),
      Map.entry("exceeded", "more_than"), Map.entry("surpass", "more_than"),
      Map.entry("surpassed", "more_than"), Map.entry("surpassing", "more_than"),
      Map.entry("well over", "more_than"), Map.entry("just over", "more_than"),
      Map.entry("greater than", "more_than"),
      Map.entry("up to", "at_most"), Map.entry("as many as", "at_most"),
      Map.entry("no more than", "at_most"), Map.entry("not more than", "at_most"),
      Map.entry("at most", "at_most"), Map.entry("a maximum of", "at_most"),
      Map.entry("as much as", "at_most"), Map.entry("as high as", "at_most"),
      Map.entry("fewer than", "less_than"), Map.entry("less than", "less_than"),
      Map.entry("under", "less_than"), Map.entry("below", "less_than"),
      Map.entry("just under", "less_than"), Map.entry("just below", "less_than"));
  private static final Map<String, String> AFTER = Map.of(
      "or more", "at_least", "or so", "approximate", "or fewer", "at_most", "or less", "at_most",
      "and more", "at_least", "or above", "at_least", "or below", "at_most", "or greater",
      "at_least", "or over", "at_least");
  private static final int LONGEST = 4;

  private QuantityQualifiers() {}

  /** Looks for a qualifier phrase ending right before token {@code end}; sets the draft. */
  static void before(List<NumberToken> tokens, QuantityDraft d) {
    int end = d.amountFirst;
    for (int n = LONGEST; n >= 1; n--) {
      int from = end - n;
      if (from < 0) continue;
      String phrase = words(tokens, from, end);
      String q = phrase == null ? null : BEFORE.get(phrase);
      if (q != null && phrase.equals("over") && aboutWhat(tokens, from)) continue;
      if (q != null) {
        d.qualifier = q;
        d.quantityFirst = from;
        return;
      }
    }
  }

  /** Words after which "over" says what about, not how many: "complained over two air raids". */
  private static final java.util.Set<String> ISSUES = java.util.Set.of("complain", "complained", "complains",
      "complaining", "protest", "protested", "protests", "protesting", "clash", "clashed", "clashes", "row",
      "dispute", "quarrel", "anger", "outrage", "concern", "concerns", "concerned", "worries", "worried",
      "tension", "tensions", "feud", "split", "rift", "standoff", "sanctions", "sanctioned");

  private static boolean aboutWhat(List<NumberToken> tokens, int over) {
    return over > 0 && tokens.get(over - 1).isWord() && ISSUES.contains(tokens.get(over - 1).lower());
  }

  /** "500 or more", "a dozen or so". */
  static void after(List<NumberToken> tokens, QuantityDraft d) {
    int from = d.boundLast;
    String phrase = words(tokens, from, from + 2);
    String q = phrase == null ? null : AFTER.get(phrase);
    if (q == null || d.range()) return;
    if (!d.qualifier.equals("exact") && !d.qualifier.equals("approximate")) return;
    d.qualifier = q;
    d.quantityFirst = d.amountFirst;
    d.bound(from + 2);
  }

  /** The lower-case words of tokens [from, to) joined by spaces, or null if any is not a word. */
  static String words(List<NumberToken> tokens, int from, int to) {
    if (to > tokens.size()) return null;
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      NumberToken t = tokens.get(i);
      if (!t.isWord()) return null;
      if (b.length() > 0) b.append(' ');
      b.append(t.lower());
    }
    return b.toString();
  }
}
