package org.sitrep.events;

import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Event;

/**
 * PLOVER's coding of a sentence whose main act is announced, offered or refused rather than done
 * (CAMEO's "express intent" categories): a promised cooperative act is AGREE ("is willing to
 * withdraw"), a promised hostile act or one held over the other side ("unless ...") is THREATEN,
 * and a cooperative act refused ("will not accept", "failed to reach agreement") is REJECT. Acts of
 * speech keep their type: "threatened to" is already THREATEN.
 */
final class Intent {
  static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE");
  private static final Set<String> SPEECH = Set.of("REQUEST", "ACCUSE", "REJECT", "THREATEN");

  private Intent() {}

  static Event recode(Sentence s, int trigger, Event e) {
    if (SPEECH.contains(e.type())) return e;
    boolean hostile = HOSTILE.contains(e.type());
    if (e.negated()) return hostile ? e : retyped(e, "REJECT");
    if (e.type().equals("AGREE") || !(e.future() || e.hypothetical())) return e;
    return hostile || conditional(s, trigger) ? retyped(e, "THREATEN") : retyped(e, "AGREE");
  }

  /** "... unless the Kremlin closes its base": the act is held over the other side. */
  private static boolean conditional(Sentence s, int trigger) {
    for (Dependency d : s.childrenOf(trigger)) {
      if (!d.is("advcl")) continue;
      for (Dependency m : s.childrenOf(d.dependent())) {
        if (m.is("mark") && s.token(m.dependent()).lemma().equalsIgnoreCase("unless")) return true;
      }
    }
    return false;
  }

  private static Event retyped(Event e, String type) {
    return new Event(type, e.type().toLowerCase(java.util.Locale.ROOT), e.actors(), e.recipients(),
        e.place(), e.time(), e.negated(), e.hypothetical(), e.future(), e.trigger(), e.evidence(), e.finder());
  }
}
