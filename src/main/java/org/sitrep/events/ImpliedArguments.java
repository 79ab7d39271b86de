package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Event;

/**
 * The actor and target PLOVER coders infer for a sentence's main event when the sentence does not
 * name them as its arguments. Targets, in a numbered cascade:
 * 1. a country the act's object names, the actor's own included ("accused Darfur rebels");
 * 2. the country the act happens in ("demonstrated in Kirkuk", "withdrew from Lebanon");
 * 3. for a protest, crackdown or concession, the actor's own state;
 * 4. another country the sentence names outside its attribution, after the trigger first;
 * 5. the actor's own state.
 * An actor that codes to no country ("President Gbagbo", "opposition leaders") is joined by the
 * country the act happens in, else the first the sentence names. Used for coding a sentence, not
 * for the article record, where an unnamed argument stays empty.
 */
final class ImpliedArguments {
  private static final Set<String> DOMESTIC = Set.of("PROTEST", "COERCE", "CONCEDE");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "throughout", "across", "from", "near", "into");

  private ImpliedArguments() {}

  static Event complete(Sentence s, int trigger, Event e, Arguments args, ActorMentions actors, Setting setting) {
    List<String> located = located(s, trigger, setting);
    List<String> actorCodes = codes(e.actors(), actors);
    List<String> eventActors = e.actors();
    if (actorCodes.isEmpty()) {
      List<String> speaker = speaker(s, trigger, args);
      if (!codes(speaker, actors).isEmpty()) {
        eventActors = speaker;
        actorCodes = codes(speaker, actors);
      }
    }
    if (actorCodes.isEmpty()) {
      String home = !located.isEmpty() ? located.get(0) : setting.all().isEmpty() ? null : setting.all().get(0);
      if (home != null) {
        eventActors = new ArrayList<>(e.actors());
        eventActors.add(home);
        actorCodes = List.of(home);
      }
    }
    List<String> recipients = e.recipients();
    if (codes(recipients, actors).isEmpty()) {
      recipients = target(s, trigger, e.type(), located, actorCodes, setting);
    }
    return with(e, eventActors, recipients);
  }

  private static List<String> target(Sentence s, int trigger, String type, List<String> located, List<String> actorCodes, Setting setting) {
    List<String> named = objectCountries(s, trigger, setting);
    if (!named.isEmpty()) return named.subList(0, 1);
    List<String> here = located.stream().filter(c -> !actorCodes.contains(c)).toList();
    if (!here.isEmpty()) return here.subList(0, 1);
    if (DOMESTIC.contains(type) && !actorCodes.isEmpty()) return actorCodes.subList(0, 1);
    int at = s.token(trigger).start();
    List<String> after = setting.within(at, s.end()).stream().filter(c -> !actorCodes.contains(c)).toList();
    if (!after.isEmpty()) return after.subList(0, 1);
    List<String> before = setting.within(s.start(), at).stream().filter(c -> !actorCodes.contains(c)).toList();
    if (!before.isEmpty()) return before.subList(before.size() - 1, before.size());
    if (!located.isEmpty()) return located.subList(0, 1);
    return actorCodes.isEmpty() ? List.of() : actorCodes.subList(0, 1);
  }

  /**
   * "US officials said that lifting the sanctions is out of the question": an act with no actor of
   * its own, inside what someone says, is the speaker's.
   */
  private static List<String> speaker(Sentence s, int trigger, Arguments args) {
    int node = trigger;
    for (int guard = 0; guard < s.size(); guard++) {
      Dependency head = s.headOf(node);
      if (head == null || head.governor() < 0) return List.of();
      node = head.governor();
      if (!Setting.REPORTING.contains(s.token(node).lemma())) continue;
      Dependency subj = s.childOf(node, "nsubj");
      return subj == null || subj.is("nsubj:pass") ? List.of() : args.of(s, subj.dependent());
    }
    return List.of();
  }

  /**
   * The countries the trigger's own object names, as actors or places, the actor's own included:
   * "accused Darfur rebels", "investigating crimes by Croatian extremists" are domestic. What the
   * actor acts with ("withdraw its troops") names no one.
   */
  private static List<String> objectCountries(Sentence s, int trigger, Setting setting) {
    for (Dependency d : s.childrenOf(trigger)) {
      if ((d.is("obj") || d.is("nsubj:pass") || d.is("iobj")) && !RecipientRole.ownPossession(s, d.dependent())) {
        int[] r = s.subtreeRange(d.dependent());
        List<String> in = setting.within(s.token(r[0]).start(), s.token(r[1]).end());
        if (!in.isEmpty()) return in;
      }
    }
    return List.of();
  }

  /** The countries of the locative phrases of the trigger, of its light verb, or of the verb it hangs on. */
  private static List<String> located(Sentence s, int trigger, Setting setting) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    int verb = ActorRole.lightVerb(s, trigger);
    if (verb >= 0) heads.add(verb);
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      for (Dependency d : s.childrenOf(h)) {
        if ((d.is("obl") || d.is("nmod") || d.is("advmod")) && EventFinder.hasCase(s, d, LOCATIVE)) {
          int[] r = s.subtreeRange(d.dependent());
          setting.within(s.token(r[0]).start(), s.token(r[1]).end()).forEach(c -> { if (!out.contains(c)) out.add(c); });
        }
      }
    }
    return out;
  }

  private static List<String> codes(List<String> ids, ActorMentions actors) {
    return ids.stream().map(id -> code(id, actors)).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** An actor's country, IGO for an international body or its staff, a bare code as itself. */
  private static String code(String id, ActorMentions actors) {
    if (id.matches("[A-Z]{3}") && actors.actor(id) == null) return id;
    var a = actors.actor(id);
    var state = actors.actor(actors.stateOf(id));
    var body = a == null || a.affiliation() == null ? null : actors.actor(a.affiliation());
    if (a != null && "international".equals(a.kind()) || state != null && "international".equals(state.kind())
        || body != null && "international".equals(body.kind())) {
      return "IGO";
    }
    return Setting.countryOf(id, actors);
  }

  private static Event with(Event e, List<String> actors, List<String> recipients) {
    return new Event(e.type(), e.mode(), actors, recipients, e.place(), e.time(), e.negated(),
        e.hypothetical(), e.future(), e.trigger(), e.evidence(), e.finder());
  }
}
