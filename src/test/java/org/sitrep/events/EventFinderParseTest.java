package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.nlp.ParseRecorder;
import org.sitrep.record.Actor;
import org.sitrep.record.Event;

/** The event finder reads the parse of sentences holding a word of the lexicon, and of no others. */
class EventFinderParseTest {
  private static final AnnotatedText TEXT = HandText.create()
      .sentence("Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Kharkiv/NNP/kharkiv/2/obj ./././2/punct")
      .sentence("The/DT/the/2/det weather/NN/weather/4/nsubj was/VBD/be/4/cop mild/JJ/mild/0/root ./././4/punct")
      .sentence("Ukraine/NNP/ukraine/2/nsubj extended/VBD/extend/0/root martial/JJ/martial/4/amod"
          + " law/NN/law/2/obj ./././2/punct")
      .build();

  @Test
  void sentencesWithoutTriggerWordsAreNotParsed() {
    ParseRecorder deferred = ParseRecorder.of(TEXT);

    List<Event> events = find(deferred.text());

    // "law" triggers nothing alone but heads "martial law": its sentence is read
    assertEquals(Set.of(0, 2), deferred.parsed());
    assertEquals(List.of("ASSAULT", "COERCE"), events.stream().map(Event::type).toList());
    assertEquals(find(TEXT), events);
  }

  @Test
  void lemmasThatStartNoLineCannotTrigger() {
    Triggers lexicon = Triggers.get();

    assertEquals(true, lexicon.mayTrigger("attack", false));
    assertEquals(true, lexicon.mayTrigger("law", true));
    assertEquals(true, lexicon.mayTrigger("hand", false));
    assertEquals(false, lexicon.mayTrigger("law", false));
    assertEquals(false, lexicon.mayTrigger("weather", true));
  }

  private static List<Event> find(AnnotatedText doc) {
    List<Actor> states = List.of(new Actor("RUS", "Russia", "country", "RUS", null, List.of()),
        new Actor("UKR", "Ukraine", "country", "UKR", null, List.of()));
    List<ResolvedMention> ms = List.of(mention(doc, "Russia", "RUS"), mention(doc, "Ukraine", "UKR"));
    return new EventFinder().find(doc, ActorMentions.of(ms, states), List.of(), List.of(), List.of());
  }

  private static ResolvedMention mention(AnnotatedText doc, String name, String id) {
    int at = doc.text().indexOf(name);
    return new ResolvedMention(at, at + name.length(), name, id, "test");
  }
}
