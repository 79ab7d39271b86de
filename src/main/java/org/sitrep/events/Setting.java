package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Actor;
import org.sitrep.record.Place;

/**
 * The countries a sentence names, as actors ("Syria", "Iraqi") or through places ("in Jericho" is
 * PSE), with where each is named; the source of the targets and actors PLOVER coders infer when a
 * sentence names none. Mentions in the attribution ("Thai police said", "according to X") are not
 * part of the setting.
 */
final class Setting {
  static final Set<String> REPORTING = Set.of(
      "say", "report", "tell", "announce", "quote", "claim", "add", "state", "confirm", "disclose");

  /** A country named at a character range. */
  record Named(String country, int start, int end) {}

  private final List<Named> named = new ArrayList<>();

  Setting(Sentence s, ActorMentions actors, List<Place> places, int trigger) {
    List<int[]> attribution = attribution(s, trigger);
    for (ResolvedMention m : actors.within(s.start(), s.end())) {
      String c = countryOf(m.actor(), actors);
      if (c != null && !inside(attribution, m.start())) named.add(new Named(c, m.start(), m.end()));
    }
    for (Place p : places) {
      if (p.start() == null || p.start() < s.start() || p.start() >= s.end() || p.country() == null) continue;
      if (inside(attribution, p.start()) || covered(p.start())) continue;
      named.add(new Named(p.country(), p.start(), p.end()));
    }
    named.sort(java.util.Comparator.comparingInt(Named::start));
  }

  /** The countries named inside a character range, in text order. */
  List<String> within(int start, int end) {
    return named.stream().filter(n -> n.start() >= start && n.start() < end).map(Named::country).distinct().toList();
  }

  /** Every country of the setting, in text order. */
  List<String> all() {
    return named.stream().map(Named::country).distinct().toList();
  }

  /** The code an actor acts for when that is a country: its own, or its state's. */
  static String countryOf(String id, ActorMentions actors) {
    String state = actors.stateOf(id);
    Actor a = state == null ? null : actors.actor(state);
    if (a != null && "country".equals(a.kind())) return a.id();
    Actor own = actors.actor(id);
    return own != null && own.country() != null && !"international".equals(own.kind()) ? own.country() : null;
  }

  private boolean covered(int offset) {
    return named.stream().anyMatch(n -> n.start() <= offset && offset < n.end());
  }

  private static boolean inside(List<int[]> ranges, int offset) {
    return ranges.stream().anyMatch(r -> r[0] <= offset && offset < r[1]);
  }

  /** The subject and "according to" phrase of a reporting verb other than the trigger. */
  private static List<int[]> attribution(Sentence s, int trigger) {
    List<int[]> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0 || d.governor() == trigger) continue;
      boolean reporting = REPORTING.contains(s.token(d.governor()).lemma());
      boolean according = (d.is("obl") || d.is("nmod")) && EventFinder.hasCase(s, d, Set.of("according", "accord"));
      if (reporting && d.is("nsubj") || according || reporting && d.is("obl")) {
        int[] r = s.subtreeRange(d.dependent());
        out.add(new int[] {s.token(r[0]).start(), s.token(r[1]).end()});
      }
    }
    return out;
  }
}
