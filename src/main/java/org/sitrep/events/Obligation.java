package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Event;
import org.sitrep.record.Span;

/**
 * "Washington said Beijing must drop its barriers", "issued a warning that Beijing must ...": a
 * speaker who says another party must or should act makes a demand (PLOVER REQUEST), whatever the demanded act is. The actor is the
 * speaker, the recipient the party that must act.
 */
final class Obligation {
  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "declare", "insist", "reiterate", "conclude", "state", "tell", "announce", "stress",
      "add", "warn", "repeat", "argue", "write");
  /** "issued a reminder to Iraq that it must ...": a verb whose object is one of these speaks. */
  private static final Set<String> SPEECH_NOUNS = Set.of(
      "reminder", "warning", "message", "statement", "note", "letter", "declaration", "communique");
  private static final Set<String> OBLIGING = Set.of("must", "should");

  private Obligation() {}

  static Event find(AnnotatedText doc, Sentence s, Arguments args) {
    for (Dependency d : s.dependencies()) {
      if (!d.is("ccomp") || d.governor() < 0) continue;
      if (!speaks(s, d.governor()) || !obliged(s, d.dependent())) continue;
      Dependency speaker = s.childOf(d.governor(), "nsubj");
      Dependency party = s.childOf(d.dependent(), "nsubj");
      List<String> actors = speaker == null ? List.of() : args.of(s, speaker.dependent());
      List<String> recipients = party == null ? List.of() : args.of(s, party.dependent());
      return new Event("REQUEST", null, actors, recipients.stream().filter(r -> !actors.contains(r)).toList(),
          null, null, false, false, false, s.token(d.governor()).word(),
          List.of(Span.of(doc.text(), s.start(), s.end())), EventFinder.FINDER);
    }
    return null;
  }

  private static boolean speaks(Sentence s, int verb) {
    if (SPEECH_VERBS.contains(s.token(verb).lemma())) return true;
    Dependency obj = s.childOf(verb, "obj");
    return obj != null && SPEECH_NOUNS.contains(s.token(obj.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean obliged(Sentence s, int verb) {
    for (Dependency c : s.childrenOf(verb)) {
      if (c.is("aux") && OBLIGING.contains(s.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }
}
