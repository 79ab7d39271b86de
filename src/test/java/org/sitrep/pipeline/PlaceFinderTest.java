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
  void aTownTheGazetteerLacksIsAPlaceOfTheCountryItsAdjectiveNames() {
    AnnotatedText malian = HandText.create()
        .sentence("Gunmen/NNS/gunman/2/nsubj attacked/VBD/attack/0/root the/DT/the/5/det Malian/JJ/malian/5/amod"
            + " town/NN/town/2/obj of/IN/of/7/case Boulkessi/NNP/boulkessi/5/nmod ./././2/punct")
        .sentence("Boulkessi/NNP/boulkessi/3/nsubj was/VBD/be/3/cop quiet/JJ/quiet/0/root ./././3/punct").build();
    AnnotatedText regional = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj attacked/VBD/attack/0/root the/DT/the/5/det regional/JJ/regional/5/amod"
            + " town/NN/town/2/obj of/IN/of/7/case Boulkessi/NNP/boulkessi/5/nmod ./././2/punct").build();

    List<Place> found = new PlaceFinder(Gazetteer.load()).find(malian, ACTORS.find(malian, LocalDate.of(2025, 7, 1)));

    assertEquals(List.of("Boulkessi", "Boulkessi"), found.stream().map(Place::name).toList());
    assertEquals(List.of("MLI", "MLI"), found.stream().map(Place::country).toList());
    assertEquals(List.of(), places(regional));
  }

  @Test
  void aCapitalNamedAsTheCapitalIsAPlace() {
    AnnotatedText capital = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj attacked/VBD/attack/0/root Mali/NNP/mali/5/nmod:poss 's/POS/'s/3/case"
            + " capital/NN/capital/2/obj Bamako/NNP/bamako/5/appos ./././2/punct").build();

    assertEquals(List.of("Mali", "Bamako"), places(capital));
  }

  @Test
  void aCapitalNamedByItsRoleIsItsCountrysOrTheOneNamedLast() {
    AnnotatedText demonym = HandText.create().sentence(
        "Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root the/DT/the/5/det Ukrainian/JJ/ukrainian/5/amod"
            + " capital/NN/capital/2/obj ./././2/punct").build();
    AnnotatedText owner = HandText.create().sentence(
        "Fighting/NN/fighting/2/nsubj raged/VBD/rage/0/root in/IN/in/6/case Sudan/NNP/sudan/6/nmod:poss"
            + " 's/POS/'s/4/case capital/NN/capital/2/obl ./././2/punct").build();
    String hitKyiv = "Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root Kyiv/NNP/kyiv/2/obj ./././2/punct";
    String acrossTheCapital = "Debris/NN/debris/2/nsubj fell/VBD/fall/0/root across/IN/across/5/case the/DT/the/5/det"
        + " capital/NN/capital/2/obl ./././2/punct";
    AnnotatedText bare = HandText.create().sentence(hitKyiv).sentence(acrossTheCapital).build();
    AnnotatedText none = HandText.create().sentence(acrossTheCapital).build();
    AnnotatedText regional = HandText.create()
        .sentence(hitKyiv)
        .sentence("Shells/NNS/shell/2/nsubj hit/VBD/hit/0/root the/DT/the/5/det regional/JJ/regional/5/amod"
            + " capital/NN/capital/2/obj and/CC/and/8/cc capital/NN/capital/8/compound markets/NNS/market/5/conj"
            + " ./././2/punct").build();
    AnnotatedText apposed = HandText.create().sentence(
        "Shells/NNS/shell/2/nsubj hit/VBD/hit/0/root the/DT/the/4/det capital/NN/capital/2/obj ,/,/,/6/punct"
            + " Khartoum/NNP/khartoum/4/appos ./././2/punct").build();

    AnnotatedText dateline = HandText.create().sentence(
        "KYIV/NNP/kyiv/3/nsubj -/HYPH/-/1/punct Debris/NN/debris/4/nsubj fell/VBD/fall/0/root across/IN/across/7/case"
            + " the/DT/the/7/det capital/NN/capital/4/obl ./././4/punct").build();

    assertEquals(List.of("Kyiv"), places(demonym));
    assertEquals(List.of("Kyiv"), places(dateline));
    assertEquals(List.of("Sudan", "Khartoum"), places(owner));
    assertEquals(List.of("Kyiv", "Kyiv"), places(bare));
    assertEquals(List.of(), places(none));
    assertEquals(List.of("Kyiv"), places(regional));
    assertEquals(List.of("Khartoum"), places(apposed));
  }

  @Test
  void theCountryIsTheOneTheStorysPlacesNameMostBeforeIt() {
    String inTheCountry = "Troops/NNS/troop/2/nsubj stayed/VBD/stay/0/root in/IN/in/5/case the/DT/the/5/det"
        + " country/NN/country/2/obl ./././2/punct";
    AnnotatedText named = HandText.create()
        .sentence("Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root Kharkiv/NNP/kharkiv/2/obj ./././2/punct")
        .sentence(inTheCountry).build();
    AnnotatedText dateline = HandText.create().sentence(
        "KYIV/NNP/kyiv/3/nsubj -/HYPH/-/1/punct Troops/NNS/troop/4/nsubj stayed/VBD/stay/0/root in/IN/in/7/case"
            + " the/DT/the/7/det country/NN/country/4/obl ./././4/punct").build();
    AnnotatedText none = HandText.create().sentence(inTheCountry).build();
    AnnotatedText most = HandText.create()
        .sentence("Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root Kharkiv/NNP/kharkiv/2/obj and/CC/and/5/cc"
            + " Odesa/NNP/odesa/3/conj ./././2/punct")
        .sentence("Ships/NNS/ship/2/nsubj left/VBD/leave/0/root for/IN/for/4/case Romania/NNP/romania/2/obl"
            + " ./././2/punct")
        .sentence(inTheCountry).build();
    AnnotatedText director = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj hit/VBD/hit/0/root the/DT/the/5/det country/NN/country/5/compound"
            + " office/NN/office/2/obj ./././2/punct").build();

    assertEquals(List.of("Kharkiv", "Ukraine"), places(named));
    assertEquals(List.of("Ukraine"), places(dateline));
    assertEquals(List.of(), places(none));
    assertEquals(List.of("Kharkiv", "Odesa", "Romania", "Ukraine"), places(most));
    assertEquals(List.of(), places(director));
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
