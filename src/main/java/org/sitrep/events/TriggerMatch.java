package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** The lexicon line a token triggers (triggers.tsv). */
final class TriggerMatch {
  private final Triggers triggers = Triggers.get();

  /**
   * The lexicon line a token triggers, the longest form first: a verb with its particle ("call
   * off", "forced them out of the country") or its object ("open fire"), a noun with its modifier
   * ("hunger strike") or its "of" phrase ("state of emergency"), then the word alone. A participle
   * used as an adjective ("the occupied territories") triggers nothing, nor does a phrase the
   * lexicon marks as no event ("press release", "mobilized voters").
   */
  Trigger match(Sentence s, Token t) {
    boolean noun = t.isNoun() && !t.isProperNoun();
    if (!noun && !t.isVerb() || !triggers.mayTrigger(t.lemma(), noun)) return null;
    Dependency head = s.headOf(t.index());
    if (!noun && head != null && head.is("amod")) return null;
    if (!noun && (attempt(s, t) || naming(s, t.index()) || forecast(s, t) || sanctionScope(s, t) || noComment(s, t))) {
      return null;
    }
    if (noun && (absent(s, t.index()) || forComment(s, t.index()) || topic(s, t.index()) || namesWho(s, t.index()))) {
      return null;
    }
    for (Dependency d : s.childrenOf(t.index())) {
      boolean modifier = noun && (d.is("compound") || d.is("amod"));
      String word = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      String phrase = d.is("compound:prt") ? t.lemma() + " " + word : modifier ? word + " " + t.lemma() : null;
      if (!noun && d.is("obl") && EventFinder.hasCase(s, d, Set.of("out"))) phrase = t.lemma() + " out";
      if (!noun && d.is("obj")) phrase = t.lemma() + " " + word;
      if (noun && d.is("nmod") && EventFinder.hasCase(s, d, Set.of("of"))) phrase = t.lemma() + " of " + word;
      Trigger found = phrase == null ? null : first(s, t, triggers.lookup(phrase, noun));
      if (found != null) return found.isEvent() ? found : null;
    }
    Trigger found = first(s, t, triggers.lookup(t.lemma(), noun));
    return found != null && found.isEvent() ? found : null;
  }

  private static final Set<String> NAMING = Set.of("call", "describe", "label", "term", "brand", "dub");

  /**
   * "called the strikes a flagrant violation", "described the talks as useful": a verb that names
   * or describes its object asks for nothing and does nothing to it.
   */
  static boolean naming(Sentence s, int verb) {
    if (!NAMING.contains(s.token(verb).lemma()) || s.childOf(verb, "obj") == null) return false;
    // "the drills, which it called Strait Thunder": the parser may give both names as objects
    if (s.childrenOf(verb).stream().filter(d -> d.is("obj")).count() >= 2) return true;
    Dependency predicate = s.childOf(verb, "xcomp");
    if (predicate != null && !s.token(predicate.dependent()).isVerb()) return true;
    // "called the accusations 'baseless'", parsed with the predicate as the object's adjective:
    // in English an adjective after its noun is what the noun is called
    int object = s.childOf(verb, "obj").dependent();
    for (Dependency d : s.childrenOf(object)) {
      if (d.is("amod") && d.dependent() > object && s.token(d.dependent()).pos().startsWith("JJ")) return true;
      // "called the attack \"another act of terror\"", the quoted name hung on the object as a loose noun
      if (d.is("dep") && d.dependent() > object && s.token(d.dependent()).isNoun()) return true;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.is("obl") && EventFinder.hasCase(s, d, Set.of("as"))) return true;
    }
    return false;
  }

  private static final Set<String> ATTEMPTS = Set.of("seek", "try", "attempt", "strive");

  /**
   * "was seeking to verify the figures", "sought to calm tensions": a verb of attempt with an
   * infinitive and no object of its own asks nobody for anything; the infinitive's own trigger, if
   * it has one, codes the act ("sought help" is still a request).
   */
  private static boolean attempt(Sentence s, Token t) {
    if (!ATTEMPTS.contains(t.lemma())) return false;
    return s.childOf(t.index(), "xcomp") != null && s.childOf(t.index(), "obj") == null;
  }

  private static final Set<String> MEASURES = Set.of("sanction", "sanctions", "measure", "measures", "restriction",
      "restrictions", "embargo", "ban", "tariff", "tariffs", "package", "listing", "listings");

  /**
   * "approved a package of sanctions, targeting 105 vessels", "sanctions targeting banks": what a
   * sanction targets is its scope, not an attack.
   */
  private static boolean sanctionScope(Sentence s, Token t) {
    if (!t.lemma().equals("target") || !t.pos().equals("VBG")) return false;
    Dependency head = s.headOf(t.index());
    if (head == null || head.governor() < 0) return false;
    int g = head.governor();
    if (isMeasure(s, g)) return true;
    Dependency obj = s.childOf(g, "obj");
    return obj != null && isMeasure(s, obj.dependent());
  }

  /** A sanction noun, or a package "of" sanctions. */
  private static boolean isMeasure(Sentence s, int noun) {
    if (MEASURES.contains(s.token(noun).word().toLowerCase(java.util.Locale.ROOT))) return true;
    for (Dependency d : s.childrenOf(noun)) {
      if (d.is("nmod") && EventFinder.hasCase(s, d, Set.of("of"))
          && MEASURES.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DECLINING = Set.of("decline", "refuse");
  private static final Set<String> COMMENTING = Set.of("comment", "elaborate", "specify", "confirm", "say", "disclose");

  /**
   * "declined to comment", "refused to elaborate": an answer withheld from a reporter is how news
   * is written, not a rejection of anyone.
   */
  private static boolean noComment(Sentence s, Token t) {
    if (!DECLINING.contains(t.lemma())) return false;
    Dependency x = s.childOf(t.index(), "xcomp");
    return x != null && COMMENTING.contains(s.token(x.dependent()).lemma()) && s.childOf(x.dependent(), "obj") == null
        && s.childOf(t.index(), "obj") == null;
  }

  /**
   * "did not respond to a request for comment": a reporter's request for comment is how news is
   * written, not an event between the parties.
   */
  private static boolean forComment(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      if ((d.is("nmod") || d.is("acl")) && s.token(d.dependent()).lemma().equalsIgnoreCase("comment")) return true;
    }
    return false;
  }

  /**
   * "remained far apart on the release of hostages", "talks on the withdrawal": an act that is the
   * issue a clause is on, with no act of its own; the clause's own trigger, if any, codes what
   * happened. Only a definite act ("on a visit" and "on alert" are how, not what about), and only
   * "on": "complained over two air raids" tells raids that happened.
   */
  private static boolean topic(Sentence s, int noun) {
    Dependency head = s.headOf(noun);
    if (head == null || head.governor() < 0 || !(head.is("obl") || head.is("nmod"))) return false;
    Dependency det = s.childOf(noun, "det");
    if (det == null || !s.token(det.dependent()).lemma().equalsIgnoreCase("the")) return false;
    for (Dependency d : s.childrenOf(noun)) {
      if (d.is("case") && s.token(d.dependent()).lemma().equalsIgnoreCase("on")) return true;
    }
    return false;
  }

  /**
   * Nouns of those who do an act, which a noun of the act before them only describes. (Not
   * "officials" or "leaders": "At the Warsaw summit officials from Sweden were included" is parsed
   * so.)
   */
  private static final Set<String> DOERS = Set.of("group", "agency", "organisation", "organization", "worker",
      "charity", "body", "organiser", "organizer", "activist", "coordinator");

  /**
   * "according to a local aid group", "aid workers said", "protest organisers": a noun of an act that
   * names who does such acts tells no act of its own.
   */
  private static boolean namesWho(Sentence s, int noun) {
    Dependency head = s.headOf(noun);
    return head != null && head.is("compound") && head.governor() > noun
        && DOERS.contains(s.token(head.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** "ended without an agreement", "a week without strikes": an act named as missing happened not. */
  private static boolean absent(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      if (d.is("case") && s.token(d.dependent()).lemma().equalsIgnoreCase("without")) return true;
    }
    return false;
  }

  private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "could", "can", "may",
      "might", "must");

  /**
   * "warned that the real toll was likely to be higher": a warning whose clause says what is or
   * was, with no one to warn and no "will" or "would", forecasts rather than threatens ("warned
   * that police will no longer tolerate rallies" still threatens).
   */
  private static boolean forecast(Sentence s, Token t) {
    if (!t.lemma().equals("warn") || s.childOf(t.index(), "obj") != null) return false;
    Dependency clause = s.childOf(t.index(), "ccomp");
    if (clause == null) return false;
    for (Dependency d : s.childrenOf(clause.dependent())) {
      if (d.is("aux") && MODALS.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return false;
    }
    return true;
  }

  private static Trigger first(Sentence s, Token t, List<Trigger> lines) {
    for (Trigger trigger : lines) {
      if (trigger.object() == null || objectIs(s, t.index(), trigger.object())) return trigger;
    }
    return null;
  }

  private static final Set<String> QUANTITIES = Set.of(
      "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
      "millions", "number", "group", "batch", "contingent", "ton", "tons", "tonne", "tonnes", "kg",
      "kilogram", "kilo", "pound", "litre", "liter", "gallon", "barrel", "shipment", "consignment",
      "truckload", "planeload", "shipload", "load", "crate", "box", "bag", "package", "parcel",
      "barrage", "salvo", "volley", "wave", "swarm");

  /**
   * Whether the object is of a class; "thousands of troops" is troops, "700 kg of medicine" aid, "a
   * barrage of rockets" weapons.
   * A noun's object is what it is "of" ("the deployment of peacekeepers").
   */
  private static boolean objectIs(Sentence s, int trigger, String objectClass) {
    boolean noun = s.token(trigger).isNoun();
    List<Integer> objects = new java.util.ArrayList<>();
    for (Dependency d : s.childrenOf(trigger)) {
      boolean of = noun && d.is("nmod") && EventFinder.hasCase(s, d, Set.of("of"));
      if (d.is("obj") || d.is("nsubj:pass") || of) objects.add(d.dependent());
    }
    if (objects.isEmpty() && !noun) objects.addAll(strandedObject(s, trigger));
    for (int o : objects) {
      if (isOf(s, o, objectClass)) return true;
      if (!QUANTITIES.contains(s.token(o).lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      for (Dependency q : s.childrenOf(o)) {
        if (q.is("nmod") && EventFinder.hasCase(s, q, Set.of("of")) && isOf(s, q.dependent(), objectClass)) return true;
      }
    }
    return false;
  }

  /**
   * "blocked roads demanding his return" is often parsed with the roads as the subject of the
   * participle: a verb with no object takes the subject of a participle clause of its own that
   * stands between them.
   */
  private static List<Integer> strandedObject(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (!(d.is("dep") || d.is("advcl")) || !s.token(d.dependent()).pos().equals("VBG")) continue;
      Dependency subj = s.childOf(d.dependent(), "nsubj");
      if (subj != null && verb < subj.dependent() && subj.dependent() < d.dependent()) return List.of(subj.dependent());
    }
    return List.of();
  }

  /**
   * Whether a noun is of a class; peacekeepers also by their modifier ("peacekeeping troops"),
   * visitors also by a name.
   */
  private static boolean isOf(Sentence s, int noun, String objectClass) {
    if (Triggers.inClass(objectClass, s.token(noun).lemma())) return true;
    if (objectClass.equals(Triggers.VISITORS) && s.token(noun).isProperNoun()) return true;
    if (!objectClass.equals(Triggers.PEACEKEEPERS)) return false;
    for (Dependency m : s.childrenOf(noun)) {
      if ((m.is("compound") || m.is("amod")) && Triggers.inClass(objectClass, s.token(m.dependent()).lemma())) return true;
    }
    return false;
  }
}
