package org.sitrep.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.record.Actor;

/**
 * Our actors as PLOVER codes them: the country an actor acts for (its affiliation, else its
 * country), IGO for an international body or anyone acting for one. Actors with neither have no
 * code.
 */
final class EventCountries {
  static final String IGO = "IGO";

  private EventCountries() {}

  static Set<String> of(List<String> ids, ActorMentions actors) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      String code = of(id, actors);
      if (code != null) out.add(code);
    }
    return out;
  }

  static String of(String id, ActorMentions actors) {
    Actor a = actors.actor(id);
    if (a == null) return id.matches("[A-Z]{3}") ? id : null;
    if (isInternational(a)) return IGO;
    // People are themselves in figures, but a Secretary-General acts for his body.
    Actor body = a.affiliation() == null ? null : actors.actor(a.affiliation());
    if (body != null && isInternational(body)) return IGO;
    String state = actors.stateOf(id);
    Actor s = state == null ? null : actors.actor(state);
    if (s != null && isInternational(s)) return IGO;
    if (s != null && "country".equals(s.kind())) return s.id();
    if (a.country() != null) return a.country();
    return state != null && state.matches("[A-Z]{3}") ? state : null;
  }

  private static boolean isInternational(Actor a) {
    return "international".equals(a.kind());
  }
}
