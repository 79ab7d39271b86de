package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.record.Actor;
import org.sitrep.record.Place;

/** The places of an article: countries named as actors, at country precision. */
final class PlaceFinder {
  List<Place> find(AnnotatedText doc, ActorMentions actors) {
    List<Place> out = new ArrayList<>();
    for (ResolvedMention m : actors.mentions()) {
      Actor a = actors.actor(m.actor());
      // A country named as such is a place; a demonym ("North Korean") or a capital standing for
      // its government ("Pyongyang said") is not.
      if (a == null || !"country".equals(a.kind()) || !(m.finder().endsWith(".name") || m.finder().endsWith(".alias"))) continue;
      out.add(new Place(m.text(), a.name(), a.id(), null, null, "country", m.start(), m.end()));
    }
    return out;
  }
}
