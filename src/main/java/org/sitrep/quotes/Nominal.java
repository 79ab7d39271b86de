package org.sitrep.quotes;

import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * The noun phrase of a speaker around its head token: the head with its determiners, modifiers,
 * compounds, flat names, possessors and prepositional modifiers, but without clauses, appositions,
 * days or anything quoted.
 */
final class Nominal {
  private static final Set<String> KEEP = Set.of("det", "amod", "compound", "flat", "nmod",
      "case", "nummod", "cc", "conj", "fixed", "det:poss", "nmod:poss", "compound:prt",
      "flat:foreign", "nmod:npmod");

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private Nominal() {}

  /** The first and last token of the phrase headed by a token; {@code ctx} may be null. */
  static int[] span(QuoteContext ctx, Sentence s, int head) {
    int[] range = {head, head};
    grow(ctx, s, head, range, 0);
    trimPunctuation(s, range, head);
    return range;
  }

  private static void grow(QuoteContext ctx, Sentence s, int token, int[] range, int depth) {
    if (depth > 6) return;
    for (Dependency d : s.childrenOf(token)) {
      int c = d.dependent();
      if (c == token || !keep(d) && !adjacentName(s, d, token) || ctx != null && ctx.quoted(s.token(c))) continue;
      // "army chief Abdel Fattah al-Burhan on Friday rejected ...": a day the parser hung on the
      // subject dates the act, and is no part of who acted
      String lemma = s.token(c).lemma().toLowerCase(java.util.Locale.ROOT);
      boolean day = CueSpeakers.isTime(s.token(c)) || WEEKDAYS.contains(lemma);
      if (d.is("nmod") && day) continue;
      range[0] = Math.min(range[0], c);
      range[1] = Math.max(range[1], c);
      grow(ctx, s, c, range, depth + 1);
    }
  }

  /**
   * A name the parser hung on a title as "dep" or "appos" with nothing between them ("foreign
   * minister Andrii Sybiha"): part of the phrase. An apposition after a comma is not.
   */
  private static boolean adjacentName(Sentence s, Dependency d, int head) {
    if (!d.is("dep") && !d.is("appos")) return false;
    int c = d.dependent();
    if (c <= head || !s.token(c).isProperNoun()) return false;
    // "army chief Abdel Fattah al-Burhan": a hyphen inside the name is still the name
    for (int i = head + 1; i < c; i++) if (!s.token(i).isProperNoun() && !s.token(i).pos().equals("HYPH")) return false;
    return true;
  }

  private static boolean keep(Dependency d) {
    return KEEP.contains(d.relation()) || KEEP.contains(d.relation().split(":")[0]);
  }

  private static void trimPunctuation(Sentence s, int[] range, int head) {
    while (range[0] < head && !Character.isLetterOrDigit(s.token(range[0]).word().charAt(0))) {
      range[0]++;
    }
    while (range[1] > head && !Character.isLetterOrDigit(s.token(range[1]).word().charAt(0))) {
      range[1]--;
    }
  }
}
