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
   * The lexicon line a token triggers, the longest form first: a phrasal verb with its particle
   * ("call off"), a noun with its modifier ("hunger strike"), then the word alone. A participle
   * used as an adjective ("the occupied territories") triggers nothing, nor does a phrase the
   * lexicon marks as no event ("press release").
   */
  Trigger match(Sentence s, Token t) {
    boolean noun = t.isNoun() && !t.isProperNoun();
    if (!noun && !t.isVerb() || !triggers.mayTrigger(t.lemma(), noun)) return null;
    Dependency head = s.headOf(t.index());
    if (!noun && head != null && head.is("amod")) return null;
    for (Dependency d : s.childrenOf(t.index())) {
      boolean modifier = noun && (d.is("compound") || d.is("amod"));
      String word = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      String phrase = d.is("compound:prt") ? t.lemma() + " " + word : modifier ? word + " " + t.lemma() : null;
      Trigger found = phrase == null ? null : first(s, t, triggers.lookup(phrase, noun));
      if (found != null) return found.isEvent() ? found : null;
    }
    return first(s, t, triggers.lookup(t.lemma(), noun));
  }

  private static Trigger first(Sentence s, Token t, List<Trigger> lines) {
    for (Trigger trigger : lines) {
      if (trigger.object() == null || objectIs(s, t.index(), trigger.object())) return trigger;
    }
    return null;
  }

  private static final Set<String> QUANTITIES = Set.of(
      "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
      "millions", "number", "group", "batch", "contingent", "ton", "tons", "tonne", "tonnes");

  /** Whether the object is of a class; "thousands of troops" is troops. */
  private static boolean objectIs(Sentence s, int verb, String objectClass) {
    for (Dependency d : s.childrenOf(verb)) {
      if (!d.is("obj") && !d.is("nsubj:pass")) continue;
      if (Triggers.inClass(objectClass, s.token(d.dependent()).lemma())) return true;
      if (!QUANTITIES.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) continue;
      for (Dependency of : s.childrenOf(d.dependent())) {
        if (of.is("nmod") && EventFinder.hasCase(s, of, Set.of("of"))
            && Triggers.inClass(objectClass, s.token(of.dependent()).lemma())) {
          return true;
        }
      }
    }
    return false;
  }
}
