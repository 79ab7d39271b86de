package org.sitrep.events;

import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;

/** Whether a trigger is negated ("did not attack"), hypothetical ("could strike") or future ("will send"). */
final class Modality {
  private static final Set<String> HYPOTHETICAL_HEADS = Set.of(
      "threaten", "plan", "intend", "want", "seek", "urge", "call", "demand", "ask", "consider",
      "propose", "prepare", "offer", "aim", "hope", "vow", "pledge", "promise", "push",
      "press", "order", "request", "must", "willing", "ready", "prepared", "swear", "determined");
  private static final Set<String> NEGATING_HEADS = Set.of("deny", "refuse", "fail", "reject", "halt", "stop");
  private static final Set<String> MODALS = Set.of("could", "may", "might", "would", "should", "can", "must");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");

  private Modality() {}

  static boolean negated(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("advmod") || d.is("neg") || d.is("det")) {
        String l = s.token(d.dependent()).lemma();
        if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("no")) return true;
      }
    }
    // "denied attacking", "refused to withdraw": the act is what the negating verb takes, not its
    // subject clause nor a verb joined to it ("denied any role and accused the army")
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0
        && (head.is("xcomp") || head.is("ccomp") || head.is("obj") || head.is("dep"))
        && NEGATING_HEADS.contains(s.token(head.governor()).lemma());
  }

  static boolean hypothetical(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      String l = s.token(d.dependent()).lemma();
      if (d.is("aux") && MODALS.contains(l) || d.is("mark") && l.equals("if")) return true;
    }
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && (head.is("xcomp") || head.is("ccomp") || head.is("obj"))
        && HYPOTHETICAL_HEADS.contains(s.token(head.governor()).lemma());
  }

  static boolean future(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (d.is("aux") && FUTURE.contains(s.token(d.dependent()).lemma())) return true;
    }
    Dependency head = s.headOf(trigger);
    return head != null && head.governor() >= 0 && head.is("xcomp")
        && Set.of("plan", "intend", "prepare", "vow", "pledge", "promise", "offer", "willing", "ready", "prepared", "swear").contains(s.token(head.governor()).lemma());
  }
}
