package org.sitrep.events;

import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/**
 * "Ended its mediation", "broke off talks", "halted aid deliveries": a cooperative act its light
 * verb stops is a reduction of relations (CAMEO 162, 164, 165; PLOVER SANCTION).
 */
final class Halting {
  private static final Set<String> HALTING = Set.of(
      "end", "halt", "stop", "abandon", "terminate", "quit", "break off", "cut off", "walk out", "suspend",
      "freeze");
  private static final Set<String> COOPERATIVE = Set.of("CONSULT", "COOPERATE", "AID");

  private Halting() {}

  /** The type of a noun trigger carried by a light verb (-1 for none): SANCTION when the verb halts a cooperative act. */
  static String type(Sentence s, int verb, String type) {
    if (verb < 0 || !COOPERATIVE.contains(type)) return type;
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    Dependency prt = s.childOf(verb, "compound:prt");
    String phrasal = prt == null ? lemma : lemma + " " + s.token(prt.dependent()).lemma().toLowerCase(Locale.ROOT);
    return HALTING.contains(phrasal) || prt == null && HALTING.contains(lemma) ? "SANCTION" : type;
  }
}
