package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;

class NationalModifiersTest {
  private final ActorFinder finder = new ActorFinder(Catalog.load());

  private Actor actor(AnnotatedText doc, String name) {
    ActorMentions m = finder.find(doc, LocalDate.of(2025, 7, 1));
    int at = doc.text().lastIndexOf(name);
    String id = m.actorIn(at, at + name.length());
    return id == null ? null : m.actor(id);
  }

  @Test
  void demonymAndTitleBeforeTheNameGiveItsCountryForTheWholeArticle() {
    AnnotatedText doc = HandText.create()
        .sentence("Chilean/JJ/chilean/4/amod deputy/NN/deputy/4/amod minister/NN/minister/5/compound"
            + " Tomas/NNP/tomas/6/compound/PERSON Varela/NNP/varela/7/nsubj/PERSON spoke/VBD/speak/0/root ./././7/punct")
        .sentence("Varela/NNP/varela/2/nsubj/PERSON left/VBD/leave/0/root ./././2/punct").build();
    Actor a = actor(doc, "Varela");
    assertEquals("CHL", a.country());
    assertEquals("CHL", a.affiliation());
  }

  @Test
  void appositionAfterTheNameGivesTheGroup() {
    AnnotatedText doc = HandText.create()
        .sentence("Tomas/NNP/tomas/2/compound/PERSON Varela/NNP/varela/9/nsubj/PERSON ,/,/,/2/punct a/DT/a/6/det"
            + " Hezbollah/NNP/hezbollah/6/compound commander/NN/commander/2/appos ,/,/,/2/punct"
            + " spoke/VBD/speak/0/root ./././9/punct").build();
    Actor a = actor(doc, "Tomas Varela");
    assertEquals("HEZBOLLAH", a.affiliation());
    assertEquals("LBN", a.country());
  }

  @Test
  void aNameThatMerelyFollowsACountryTakesNothing() {
    AnnotatedText doc = HandText.create()
        .sentence("Chile/NNP/chile/2/nsubj said/VBD/say/0/root Tomas/NNP/tomas/4/compound/PERSON"
            + " Varela/NNP/varela/5/nsubj/PERSON left/VBD/leave/2/ccomp ./././2/punct").build();
    assertNull(actor(doc, "Tomas Varela").country());
  }
}
