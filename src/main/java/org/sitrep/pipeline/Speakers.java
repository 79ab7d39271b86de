package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Pronouns;
import org.sitrep.quotes.FoundQuote;
import org.sitrep.record.Quote;
import org.sitrep.record.Source;
import org.sitrep.record.Span;

/** Gives each found quote's speaker its actor: the actor named where the speaker resolves. */
final class Speakers {
  private Speakers() {}

  static List<Quote> attribute(List<FoundQuote> found, ActorMentions actors) {
    List<Quote> out = new ArrayList<>(found.size());
    for (FoundQuote q : found) {
      out.add(new Quote(q.text(), q.start(), q.end(), q.cue(), speaker(q, actors), q.finder()));
    }
    return out;
  }

  private static Source speaker(FoundQuote q, ActorMentions actors) {
    Span s = q.speaker();
    if (s == null) return null;
    Span named = q.speakerEntity() != null ? q.speakerEntity() : s;
    String actor = actors.actorIn(named.start(), named.end());
    if (actor == null && Pronouns.isPronoun(s.text())) actor = Pronouns.resolve(s.text(), s.start(), actors);
    // '"...," Basal said', after "Mahmoud Basal": a surname the tagger did not take for a name
    if (actor == null) actor = actors.personBySurname(named.text(), named.start());
    return new Source(s.text(), actor, s.start(), s.end());
  }
}
