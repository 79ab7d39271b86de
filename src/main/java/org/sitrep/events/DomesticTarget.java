package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Actor;
import org.sitrep.record.Event;

/**
 * PLOVER's target for a sentence's main event that names none, in a numbered cascade:
 * 1. the country the act happens in ("demonstrated in Kirkuk", "rioted in Indonesia"), as PLOVER
 *    coders infer a target from the location;
 * 2. for acts a state's people and government do to each other (protest, coercion, concession),
 *    the actor's own state: a protest with no named target is against its own government.
 * Used for coding a sentence, not for the article record, where an unnamed target stays empty.
 */
final class DomesticTarget {
  private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE", "CONCEDE");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "throughout", "across");

  private DomesticTarget() {}

  static Event complete(Sentence s, int trigger, Event e, Arguments args, ActorMentions actors) {
    if (!e.recipients().isEmpty()) return e;
    for (Dependency d : s.childrenOf(trigger)) {
      if ((d.is("obl") || d.is("nmod")) && EventFinder.hasCase(s, d, LOCATIVE)) {
        List<String> where = args.of(s, d.dependent()).stream().filter(id -> isCountry(actors.stateOf(id), actors)).toList();
        if (!where.isEmpty()) return with(e, where);
      }
    }
    if (!DOMESTIC.contains(e.type()) || e.actors().isEmpty()) return e;
    String home = actors.stateOf(e.actors().get(0));
    return isCountry(home, actors) ? with(e, List.of(home)) : e;
  }

  private static boolean isCountry(String id, ActorMentions actors) {
    if (id == null) return false;
    Actor a = actors.actor(id);
    return a != null ? "country".equals(a.kind()) : id.matches("[A-Z]{3}");
  }

  private static Event with(Event e, List<String> recipients) {
    return new Event(e.type(), e.mode(), e.actors(), recipients, e.place(), e.time(), e.negated(),
        e.hypothetical(), e.future(), e.trigger(), e.evidence(), e.finder());
  }
}
