package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorFinder;
import org.sitrep.actors.Catalog;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.places.Gazetteer;
import org.sitrep.record.Place;

class PlaceFinderTest {
  private static final ActorFinder ACTORS = new ActorFinder(Catalog.load());

  private static List<String> places(AnnotatedText doc) {
    return new PlaceFinder(Gazetteer.load()).find(doc, ACTORS.find(doc, LocalDate.of(2025, 7, 1))).stream()
        .map(Place::name).toList();
  }

  @Test
  void aCapitalAnAttackHitIsAPlaceAndOneThatSpeaksIsNot() {
    AnnotatedText struck = HandText.create().sentence(
        "Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root Kyiv/NNP/kyiv/2/obj ./././2/punct").build();
    AnnotatedText strikeOn = HandText.create().sentence(
        "The/DT/the/2/det strike/NN/strike/0/root on/IN/on/4/case Kyiv/NNP/kyiv/2/nmod ./././2/punct").build();
    AnnotatedText said = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj said/VBD/say/0/root nothing/NN/nothing/2/obj ./././2/punct").build();

    assertEquals(List.of("Kyiv"), places(struck));
    assertEquals(List.of("Kyiv"), places(strikeOn));
    assertEquals(List.of(), places(said));
  }

  @Test
  void aCapitalNamedAsTheCapitalIsAPlace() {
    AnnotatedText capital = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj attacked/VBD/attack/0/root Mali/NNP/mali/5/nmod:poss 's/POS/'s/3/case"
            + " capital/NN/capital/2/obj Bamako/NNP/bamako/5/appos ./././2/punct").build();

    assertEquals(List.of("Mali", "Bamako"), places(capital));
  }

  @Test
  void namesThatShareAPluralTypeWordAreRegions() {
    AnnotatedText shared = HandText.create().sentence(
        "Drones/NNS/drone/2/nsubj fell/VBD/fall/0/root over/IN/over/7/case the/DT/the/7/det Belgorod/NNP/belgorod/7/compound"
            + " and/CC/and/6/cc Kursk/NNP/kursk/4/conj regions/NNS/region/2/obl ./././2/punct").build();
    AnnotatedText towns = HandText.create().sentence(
        "Drones/NNS/drone/2/nsubj fell/VBD/fall/0/root on/IN/on/4/case Belgorod/NNP/belgorod/2/obl and/CC/and/6/cc"
            + " Kursk/NNP/kursk/4/conj ./././2/punct").build();

    assertEquals(List.of("Belgorod Oblast", "Kursk Oblast"), places(shared));
    assertEquals(List.of("Belgorod", "Kursk"), places(towns));
  }
}
