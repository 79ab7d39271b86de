package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorFinder;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.Catalog;
import org.sitrep.events.EventFinder;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpOptions;
import org.sitrep.nlp.Sentence;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.PlaceEntry;
import org.sitrep.places.PlaceMatch;
import org.sitrep.record.Event;
import org.sitrep.record.Place;

/**
 * {@code sitrep eval events}: codes each PLOVER gold sentence on its own (CoreNLP, then the actor
 * finder, then the event finder's main event of the sentence) and scores type, actor country and
 * recipient country ({@link EventScore}).
 */
public final class EventEval {
  /** Published agreement of dictionary-based coders with human coders, printed beside ours. */
  public static final String ANCHOR = "dictionary-based coders agree with human coders on about 70-80% of events";

  private EventEval() {}

  public static EventScore run(Path dir) throws IOException {
    return run(dir, CoreNlpAnnotator.shared(NlpOptions.full()));
  }

  static EventScore run(Path dir, Annotator nlp) throws IOException {
    Gazetteer gazetteer = Gazetteer.load();
    ActorFinder actorFinder = new ActorFinder(Catalog.load(), name -> !gazetteer.lookup(name).isEmpty());
    EventFinder eventFinder = new EventFinder();
    List<EventCase> cases = new ArrayList<>();
    for (EventGold g : EventGold.load(dir)) {
      AnnotatedText doc = nlp.annotate(g.text());
      ActorMentions actors = actorFinder.find(doc, null);
      cases.add(code(g, doc, actors, places(doc, actors, gazetteer), eventFinder));
    }
    return new EventScore(cases);
  }

  /** The main event of the first sentence that has one (the gold records hold one sentence). */
  private static EventCase code(EventGold g, AnnotatedText doc, ActorMentions actors, List<Place> places,
      EventFinder finder) {
    for (Sentence s : doc.sentences()) {
      Event e = finder.mainEvent(doc, s, actors, places);
      if (e != null) {
        return new EventCase(g, e.type(), e.mode(), e.trigger(), EventCountries.of(e.actors(), actors),
            EventCountries.of(e.recipients(), actors));
      }
    }
    return new EventCase(g, null, null, null, Set.of(), Set.of());
  }

  /**
   * Each place name as the pipeline reads it: in a country the text names, else the gazetteer's
   * best; the event finder's setting needs only the country.
   */
  private static List<Place> places(AnnotatedText doc, ActorMentions actors, Gazetteer gazetteer) {
    List<Place> out = new ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    actors.actors().forEach(a -> { if (a.country() != null) named.add(a.country()); });
    for (PlaceMatch m : gazetteer.match(doc.text())) {
      PlaceEntry e = m.candidates().stream().filter(c -> named.contains(c.country())).findFirst().orElse(m.best());
      if (e != null) out.add(new Place(m.text(), e.name(), e.country(), e.lat(), e.lon(), e.kind(), m.start(), m.end()));
    }
    return out;
  }
}
