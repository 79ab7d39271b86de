package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/** Whom the act a trigger names falls on: the object, "to/against/with X", the party of an embedded act. */
final class RecipientRole {
  private static final Set<String> RECIPIENT_CASES = Set.of("to", "against", "on", "with", "into", "at", "toward", "towards");
  /** In an embedded act, where it happens names its target too ("ban voting in East Jerusalem"). */
  private static final Set<String> EMBEDDED_CASES = Set.of("to", "against", "on", "with", "into", "at", "in", "from");
  private static final Set<String> BENEFICIARY = Set.of("alongside", "for");
  /** Verbs of taking: the one taken from is the recipient. */
  private static final Set<String> TAKING = Set.of("retake", "recapture", "capture", "seize", "take", "wrest", "win");
  private static final Set<String> HELP = Set.of(
      "help", "support", "assistance", "backing", "aid", "cooperation", "participation", "blessing", "consent");
  /** Types whose recipient may be the subject of the clause they govern ("urged X to ..."). */
  private static final Set<String> CLAUSAL = Set.of("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT");

  private RecipientRole() {}

  static List<String> recipientsOf(Sentence s, int trigger, Trigger lex, Arguments args, boolean thirdParty) {
    if (thirdParty) {
      List<String> between = args.under(s, trigger, ActorRole.BETWEEN);
      if (!between.isEmpty()) return between;
    }
    // "retook the palace in Khartoum from the RSF": what is taken is taken from someone
    if (TAKING.contains(s.token(trigger).lemma().toLowerCase(java.util.Locale.ROOT))) {
      for (Dependency d : s.childrenOf(trigger)) {
        if (d.is("obl") && EventFinder.hasCase(s, d, Set.of("from"))) {
          List<String> from = args.of(s, d.dependent());
          if (!from.isEmpty()) return from;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(trigger)) {
      boolean direct = d.is("obj") || d.is("iobj") || d.is("nsubj:pass")
          || d.is("nsubj") && ActorRole.sufferedState(s, trigger);
      if (direct && ownPossession(s, d.dependent())) continue;
      if (direct || EventFinder.hasCase(s, d, RECIPIENT_CASES) && (d.is("obl") || d.is("nmod")) && !helper(s, d)) {
        out.addAll(args.of(s, d.dependent()));
      }
    }
    int verb = ActorRole.lightVerb(s, trigger);
    Dependency head = s.headOf(trigger);
    // "launched drone strikes on X": the phrases the parser hung on the misread weapon are the act's
    int misread = head != null && head.governor() >= 0 && ActorRole.misreadWeapon(s, head.governor()) ? head.governor() : -1;
    for (int v : new int[] {verb, misread}) {
      if (!out.isEmpty() || v < 0) continue;
      for (Dependency d : s.childrenOf(v)) {
        if (d.is("iobj") || EventFinder.hasCase(s, d, RECIPIENT_CASES) && d.is("obl")) out.addAll(args.of(s, d.dependent()));
      }
    }
    if (out.isEmpty() && s.token(trigger).isNoun() && Intent.HOSTILE.contains(lex.type())) {
      // "the blockade of Serbia", "the shelling of Kharkiv": what a hostile act is "of" is its target.
      out.addAll(args.under(s, trigger, Set.of("of")));
    }
    if (out.isEmpty()) out.addAll(purposeClause(s, trigger, args));
    if (out.isEmpty() && CLAUSAL.contains(lex.type())) out.addAll(clauseSubject(s, trigger, args));
    if (out.isEmpty()) out.addAll(embeddedAct(s, trigger, args));
    return out;
  }

  /**
   * "withdraw its troops", "deployed their reserves": a thing the doer owns, by a possessive
   * pronoun, is what it acts with, not whom the act falls on.
   */
  static boolean ownPossession(Sentence s, int head) {
    Dependency poss = s.childOf(head, "nmod:poss");
    return poss != null && s.token(poss.dependent()).pos().equals("PRP$");
  }

  /** "with Albania's help", "with the backing of Turkey": a partner in the act, not its target. */
  private static boolean helper(Sentence s, Dependency d) {
    return HELP.contains(s.token(d.dependent()).lemma()) && EventFinder.hasCase(s, d, Set.of("with"));
  }

  /**
   * "threatened to cut off electricity to Nakhichevan", "refused to deploy peacekeepers in Iraq":
   * the party the announced, refused or demanded act falls on, one or two clauses down.
   */
  static List<String> embeddedAct(Sentence s, int trigger, Arguments args) {
    int node = trigger;
    for (int level = 0; level < 2; level++) {
      Dependency clause = null;
      for (Dependency d : s.childrenOf(node)) if (d.is("xcomp") || d.is("ccomp")) clause = d;
      if (clause == null) return List.of();
      node = clause.dependent();
      List<String> out = new ArrayList<>();
      for (Dependency d : s.childrenOf(node)) {
        boolean direct = d.is("obj") || d.is("iobj");
        if (direct || (d.is("obl") || d.is("nmod")) && EventFinder.hasCase(s, d, EMBEDDED_CASES)) out.addAll(args.of(s, d.dependent()));
      }
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  /** "sent troops to fight alongside Russian forces": the side the purpose clause serves. */
  static List<String> purposeClause(Sentence s, int trigger, Arguments args) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("advcl") || d.is("xcomp")) {
        List<String> r = args.under(s, d.dependent(), BENEFICIARY);
        if (!r.isEmpty()) return r;
      }
    }
    return List.of();
  }

  /** "demanded that Pyongyang withdraw": the subject of the demanded clause. */
  static List<String> clauseSubject(Sentence s, int trigger, Arguments args) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("ccomp") || d.is("xcomp")) {
        Dependency subj = s.childOf(d.dependent(), "nsubj");
        if (subj != null) return args.of(s, subj.dependent());
      }
    }
    return List.of();
  }
}
