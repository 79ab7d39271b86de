package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;

/** What happened to counted people, as the figures read it. */
class HarmTest {

  @Test
  void peopleForcedToFleeAreDisplaced() {
    AnnotatedText doc = HandText.create().sentence(
        "Gangs/NNS/gang/2/nsubj forced/VBD/force/0/root 5,000/CD/5,000/4/nummod residents/NNS/resident/2/obj"
            + " to/TO/to/6/mark flee/VB/flee/2/xcomp ./././2/punct").build();

    Claim c = only(doc, "5,000", 5000);

    assertEquals("displaced", c.measure());
    assertEquals("residents", c.unit());
  }

  @Test
  void peopleHandedOverAreCapturedAndSoArePeopleConjoinedToThem() {
    // the parser hung the soldiers on "said" and the participle on nothing it could read
    AnnotatedText doc = HandText.create().sentence(
        "Moscow/NNP/moscow/2/nsubj said/VBD/say/0/root 270/CD/270/4/nummod soldiers/NNS/soldier/2/obj and/CC/and/7/cc"
            + " 120/CD/120/7/nummod civilians/NNS/civilian/4/conj had/VBD/have/10/aux been/VBN/be/10/aux:pass"
            + " handed/VBN/hand/2/dep over/RP/over/10/compound:prt ./././2/punct").build();
    AnnotatedText out = HandText.create().sentence(
        "Volunteers/NNS/volunteer/2/nsubj handed/VBD/hand/0/root out/RP/out/2/compound:prt 500/CD/500/5/nummod"
            + " parcels/NNS/parcel/2/obj to/IN/to/7/case soldiers/NNS/soldier/2/obl ./././2/punct").build();

    assertEquals("captured", only(doc, "270", 270).measure());
    assertEquals("captured", only(doc, "120", 120).measure());
    assertEquals(List.of(), new ClaimFinder().find(out, List.of(qty(out, "500", 500, 500, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()).stream().map(Claim::measure)
        .filter("captured"::equals).toList());
  }

  @Test
  void peopleAmongThoseHarmedShareTheirHarm() {
    // as parsed: "those" the root, "killed" a bare dependent of a later verb
    AnnotatedText killed = HandText.create().sentence(
        "Three/CD/three/2/nummod children/NNS/child/5/nsubj were/VBD/be/5/cop among/IN/among/5/case"
            + " those/DT/that/0/root killed/VBN/kill/5/dep ./././5/punct").build();
    AnnotatedText dead = HandText.create().sentence(
        "Two/CD/two/2/nummod medics/NNS/medic/6/nsubj are/VBP/be/6/cop among/IN/among/6/case the/DT/the/6/det"
            + " dead/JJ/dead/0/root ./././6/punct").build();
    AnnotatedText speakers = HandText.create().sentence(
        "Two/CD/two/2/nummod medics/NNS/medic/6/nsubj were/VBD/be/6/cop among/IN/among/6/case the/DT/the/6/det"
            + " speakers/NNS/speaker/0/root ./././6/punct").build();

    assertEquals("killed", only(killed, "Three", 3).measure());
    assertEquals("killed", only(dead, "Two", 2).measure());
    assertEquals(List.of(), new ClaimFinder().find(speakers, List.of(qty(speakers, "Two", 2, 2, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()).stream().map(Claim::measure)
        .filter(Harm.HARMS::contains).toList());
  }

  @Test
  void soldiersLostUpToABoundAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/Ukraine/3/nsubj had/VBD/have/3/aux lost/VBN/lose/0/root up/IN/up/3/compound:prt"
            + " to/IN/to/7/case 1,400/CD/1400/7/nummod soldiers/NNS/soldier/3/obl ./././3/punct").build();

    Claim c = only(doc, "1,400", 1400);
    Actor ukraine = new Actor("UKR", "Ukraine", "country", "UKR", null, List.of());
    List<Claim> owned = new ClaimFinder().find(doc, List.of(qty(doc, "1,400", 1400, 1400, "at_most")),
        ClaimFinderTest.mentions(doc, List.of(ukraine), "Ukraine", "UKR"), List.of(), List.of(), List.of());

    assertEquals("casualties", c.measure());
    assertEquals("UKR", owned.get(0).subject().actor(), "the soldiers are the loser's");
  }

  @Test
  void peopleIncludedInATollWereKilledAndAreNoIncrementOfALaterClause() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/3/det death/NN/death/3/compound toll/NN/toll/4/nsubj rose/VBD/rise/0/root to/IN/to/6/case"
            + " nine/CD/nine/4/obl ,/,/,/6/punct including/VBG/include/10/case three/CD/three/10/nummod"
            + " children/NNS/child/6/nmod ,/,/,/6/punct after/IN/after/14/mark rescuers/NNS/rescuer/14/nsubj"
            + " pulled/VBD/pull/4/advcl more/RBR/more/16/advmod bodies/NNS/body/14/obj ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "nine", 9, 9, "exact"),
        qty(doc, "three", 3, 3, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(1).measure());
    assertEquals("children", claims.get(1).unit());
    assertEquals("total", claims.get(1).kind());
  }

  @Test
  void membersIncludedInTheKilledWereKilledAndOneFamilyIsNoFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Strikes/NNS/strike/2/nsubj killed/VBD/kill/0/root 32/CD/32/4/nummod people/NNS/person/2/obj"
            + " ,/,/,/14/punct including/VBG/include/8/case 11/CD/11/8/nummod members/NNS/member/14/obl"
            + " of/IN/of/11/case one/CD/one/11/nummod family/NN/family/8/nmod ,/,/,/14/punct"
            + " officials/NNS/official/14/nsubj said/VBD/say/2/conj ./././2/punct").build();
    AnnotatedText committee = HandText.create().sentence(
        "The/DT/the/2/det panel/NN/panel/3/nsubj has/VBZ/have/0/root 40/CD/40/5/nummod seats/NNS/seat/3/obj"
            + " ,/,/,/3/punct including/VBG/include/9/case 11/CD/11/9/nummod members/NNS/member/3/obl"
            + " ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "32", 32, 32, "exact"),
        qty(doc, "11", 11, 11, "exact"), qty(doc, "one", 1, 1, "exact")), ActorMentions.none(), List.of(), List.of(),
        List.of());
    List<Claim> seats = new ClaimFinder().find(committee, List.of(qty(committee, "11", 11, 11, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(1).measure());
    assertEquals("members", claims.get(1).unit());
    assertEquals(List.of(), seats, "members of nothing harmed count nothing");
  }

  @Test
  void peopleMissingAndPeopleDrivenFromTheirHomes() {
    AnnotatedText missing = HandText.create().sentence(
        "He/PRP/he/2/nsubj said/VBD/say/0/root 70/CD/70/4/nummod people/NNS/person/2/obl were/VBD/be/6/aux"
            + " missing/VBG/miss/2/dep ./././2/punct").build();
    AnnotatedText driven = HandText.create().sentence(
        "Violence/NN/violence/2/nsubj forced/VBD/force/0/root 20,000/CD/20,000/4/nummod people/NNS/person/2/obj"
            + " from/IN/from/7/case their/PRP$/they/7/nmod:poss homes/NNS/home/2/obl ./././2/punct").build();

    assertEquals("missing", only(missing, "70", 70).measure());
    assertEquals("displaced", only(driven, "20,000", 20000).measure());
  }

  @Test
  void aNumberWithNoNounThatAVerbOfHarmTakesCountsPeople() {
    AnnotatedText killed = HandText.create().sentence(
        "Violence/NN/violence/3/nsubj has/VBZ/have/3/aux killed/VBN/kill/0/root thousands/NNS/thousand/3/obj"
            + " ./././3/punct").build();
    AnnotatedText lost = HandText.create().sentence(
        "The/DT/the/2/det team/NN/team/3/nsubj lost/VBD/lose/0/root 3/CD/3/3/obj ./././3/punct").build();
    AnnotatedText partitive = HandText.create().sentence(
        "They/PRP/they/2/nsubj evacuated/VBD/evacuate/0/root 15/CD/15/2/obj of/IN/of/6/case its/PRP$/its/6/nmod:poss"
            + " observers/NNS/observer/3/nmod ./././2/punct").build();

    Claim c = only(killed, "thousands", 2000);

    assertEquals("killed", c.measure());
    assertEquals("people", c.unit());
    assertEquals(List.of(), new ClaimFinder().find(lost, List.of(qty(lost, "3", 3, 3, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()), "a loss of three may be of anything");
    assertEquals(List.of(), new ClaimFinder().find(partitive, List.of(qty(partitive, "15", 15, 15, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()), "a part of a noun is no bare number");
  }

  /** The measures the finder gives each number, in order, as "number measure". */
  private static List<String> measures(AnnotatedText doc, String... numbers) {
    List<org.sitrep.claims.Quantity> qs = new java.util.ArrayList<>();
    for (String n : numbers) {
      String digits = n.replaceAll("[^0-9]", "");
      double v = digits.isEmpty() ? 1 : Double.parseDouble(digits);
      qs.add(qty(doc, n, v, v, n.startsWith("at least") ? "at_least" : n.startsWith("more") ? "more_than" : "exact"));
    }
    return new ClaimFinder().find(doc, qs, ActorMentions.none(), List.of(), List.of(), List.of()).stream()
        .map(c -> c.quantity().text() + " " + c.measure()).toList();
  }

  @Test
  void aNumberRightAfterAVerbOfHarmCountsWhomThatVerbHarmedWhateverTheParse() {
    // the parser hangs "at least 12" on the 40, and the 40 on "killed"
    AnnotatedText garbled = HandText.create().sentence(
        "Shelling/VBG/shell/2/nsubj killed/VBN/kill/0/root at/IN/at/4/case least/RBS/least/5/obl:npmod 12/CD/12/10/nummod"
            + " and/CC/and/7/cc wounded/VBD/wound/5/conj more/JJR/more/10/advmod than/IN/than/8/fixed 40/CD/40/2/obj"
            + " ./././2/punct").build();
    AnnotatedText shared = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root or/CC/or/4/cc wounded/VBD/wound/2/conj 30/CD/30/2/obj"
            + " ./././2/punct").build();
    AnnotatedText reciprocal = HandText.create().sentence(
        "They/PRP/they/2/nsubj stopped/VBD/stop/0/root killing/VBG/kill/2/xcomp one/CD/one/3/obj another/DT/another/4/det"
            + " ./././2/punct").build();

    assertEquals(List.of("at least 12 killed", "more than 40 wounded"), measures(garbled, "at least 12", "more than 40"));
    assertEquals(List.of("30 casualties"), measures(shared, "30"));
    assertEquals(List.of(), measures(reciprocal, "one"));
  }

  @Test
  void ofThemAfterPeopleTheSentencesVerbActedOnCountsThem() {
    AnnotatedText doc = HandText.create().sentence(
        "Troops/NNS/troop/2/nsubj caught/VBD/catch/0/root up/RP/up/2/compound:prt with/IN/with/6/case the/DT/the/6/det"
            + " attackers/NNS/attacker/2/obl and/CC/and/8/cc killed/VBD/kill/2/conj 12/CD/12/8/obj of/IN/of/11/case"
            + " them/PRP/they/9/nmod ./././2/punct").build();

    Claim c = only(doc, "12", 12);

    assertEquals("killed", c.measure());
    assertEquals("attackers", c.unit());
  }

  @Test
  void aSecondHarmWithANumberOfItsOwnAfterItIsNotSharedWithTheFirst() {
    // "... killed 14 people on Sunday and wounded at least 37, officials said", the 37 hung on "said"
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 14/CD/14/5/nummod people/NNS/person/3/obj"
            + " and/CC/and/7/cc wounded/VBN/wound/3/conj at/IN/at/9/case least/RBS/least/10/obl:npmod 37/CD/37/14/dep"
            + " ,/,/,/14/punct officials/NNS/official/14/nsubj said/VBD/say/3/parataxis ./././3/punct").build();

    assertEquals(List.of("14 killed", "at least 37 wounded"), measures(doc, "14", "at least 37"));
  }

  @Test
  void strikesAndAttacksAreCountedAsAttacks() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det Houthis/NNPS/houthis/4/nsubj have/VBP/have/4/aux launched/VBN/launch/0/root"
            + " 100/CD/100/6/nummod attacks/NNS/attack/4/obj since/IN/since/8/case 2023/CD/2023/4/obl"
            + " ./././4/punct").build();

    Claim c = only(doc, "100", 100);

    assertEquals("attacks", c.measure());
    assertEquals("total", c.kind());
  }

  @Test
  void aNumberAfterAndWithAHarmWordCountsThePeopleOfTheHarmBefore() {
    // "About 300 soldiers have been killed and 2,700 wounded fighting ...", the parser taking
    // "fighting" for a noun the 2,700 count
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 300/CD/300/3/nummod soldiers/NNS/soldier/6/nsubj:pass have/VBP/have/6/aux"
            + " been/VBN/be/6/aux:pass killed/VBN/kill/0/root and/CC/and/10/cc 2,700/CD/2,700/10/nummod"
            + " wounded/JJ/wounded/10/amod fighting/NN/fighting/6/conj ./././6/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "About 300", 300, 300, "approximate"),
        qty(doc, "2,700", 2700, 2700, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals(Measures.WOUNDED, claims.get(1).measure());
    assertEquals("soldiers", claims.get(1).unit());
  }

  @Test
  void aHarmThatAmountsToANumberCountsItAndItsDailyWordMakesARate() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/3/amod daily/JJ/daily/3/amod casualties/NNS/casualty/4/nsubj averaged/VBD/average/0/root"
            + " 1,523/CD/1,523/4/obj in/IN/in/7/case December/NNP/december/4/obl ./././4/punct").build();

    Claim c = only(doc, "1,523", 1523);

    assertEquals(Measures.CASUALTIES, c.measure());
    assertEquals("day", c.per());
    assertEquals("rate", c.kind());

    AnnotatedText topped = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/4/nsubj:pass injured/VBN/injure/4/aux:pass topped/VBN/top/0/root"
            + " 2,200/CD/2,200/4/obj ./././4/punct").build();
    assertEquals(Measures.WOUNDED, only(topped, "2,200", 2200).measure());
  }

  @Test
  void peopleCapturedWoundedAreCaptured() {
    AnnotatedText doc = HandText.create().sentence(
        "Its/PRP$/its/2/nmod:poss forces/NNS/force/3/nsubj captured/VBD/capture/0/root two/CD/two/6/nummod"
            + " wounded/JJ/wounded/6/amod soldiers/NNS/soldier/3/obj ./././3/punct").build();

    assertEquals(Measures.CAPTURED, only(doc, "two", 2).measure());
  }

  @Test
  void vesselsSunkAreTargetsNotWeapons() {
    AnnotatedText sunk = HandText.create().sentence(
        "They/PRP/they/2/nsubj sank/VBD/sink/0/root two/CD/two/4/nummod vessels/NNS/vessel/2/obj ./././2/punct").build();
    AnnotatedText sent = HandText.create().sentence(
        "They/PRP/they/2/nsubj sent/VBD/send/0/root two/CD/two/4/nummod vessels/NNS/vessel/2/obj ./././2/punct").build();

    assertEquals("other", only(sunk, "two", 2).measure());
    assertEquals("weapons", only(sent, "two", 2).measure());
  }

  @Test
  void peopleAmongTheKilledWereKilled() {
    AnnotatedText doc = HandText.create().sentence(
        "Seven/CD/seven/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " ,/,/,/4/punct among/IN/among/7/case them/PRP/they/4/obl three/CD/three/9/nummod"
            + " children/NNS/child/7/dep ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Seven", 7, 7, "exact"),
        qty(doc, "three", 3, 3, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(1).measure());
    assertEquals("children", claims.get(1).unit());
  }

  @Test
  void aPartOfAWholeCountsTheWholesNounWithItsOwnVerb() {
    AnnotatedText drones = HandText.create().sentence(
        "Air/NN/air/2/compound defences/NNS/defence/3/nsubj shot/VBD/shoot/0/root down/RB/down/3/advmod"
            + " 40/CD/40/3/obj of/IN/of/9/case the/DT/the/9/det 54/CD/54/9/nummod drones/NNS/drone/5/nmod"
            + " ./././3/punct").build();
    AnnotatedText passengers = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root 12/CD/12/2/obj of/IN/of/7/case the/DT/the/7/det"
            + " 30/CD/30/7/nummod passengers/NNS/passenger/3/nmod ./././2/punct").build();

    List<Claim> weapons = new ClaimFinder().find(drones, List.of(qty(drones, "40", 40, 40, "exact"),
        qty(drones, "54", 54, 54, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> people = new ClaimFinder().find(passengers, List.of(qty(passengers, "12", 12, 12, "exact"),
        qty(passengers, "30", 30, 30, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("weapons", "weapons"), weapons.stream().map(Claim::measure).toList());
    assertEquals(List.of("drones", "drones"), weapons.stream().map(Claim::unit).toList());
    assertEquals("killed", people.get(0).measure());
    assertEquals("passengers", people.get(0).unit());
    assertEquals(2, people.size(), () -> "claims: " + people);
    assertEquals("other", people.get(1).measure(), "the whole was not all killed");
  }

  @Test
  void monksAndGirlsArePeopleAndOfficialsOnlyWhenHarmed() {
    AnnotatedText monks = HandText.create().sentence(
        "The/DT/the/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 23/CD/23/5/nummod people/NNS/person/3/obj"
            + " ,/,/,/9/punct including/VBG/including/9/case four/CD/four/9/nummod monks/NNS/monk/5/nmod"
            + " ./././3/punct").build();
    AnnotatedText officials = HandText.create().sentence(
        "He/PRP/he/2/nsubj met/VBD/meet/0/root 12/CD/12/4/nummod officials/NNS/official/2/obj ./././2/punct").build();
    AnnotatedText girls = HandText.create().sentence(
        "Two/CD/two/2/nummod girls/NNS/girl/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " ./././4/punct").build();

    List<Claim> killed = new ClaimFinder().find(monks, List.of(qty(monks, "23", 23, 23, "exact"),
        qty(monks, "four", 4, 4, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(2, killed.size(), () -> "claims: " + killed);
    assertEquals("killed", killed.get(1).measure());
    assertEquals("monks", killed.get(1).unit());
    assertEquals(List.of(), new ClaimFinder().find(officials, List.of(qty(officials, "12", 12, 12, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()));
    assertEquals("wounded", only(girls, "Two", 2).measure());
  }

  @Test
  void theWoundedAndTheDeadArePeopleAndThoseAmongThemShareTheirHarm() {
    AnnotatedText doc = HandText.create().sentence(
        "Teams/NNS/team/2/nsubj received/VBD/receive/0/root 63/CD/63/2/obj wounded/VBN/wound/3/amod ,/,/,/2/punct"
            + " among/IN/among/7/case them/PRP/they/2/obl 17/CD/17/9/nummod children/NNS/child/7/dep ./././2/punct")
        .build();
    AnnotatedText dead = HandText.create().sentence(
        "There/EX/there/2/expl were/VBD/be/0/root 12/CD/12/4/nummod dead/JJ/dead/2/nsubj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "63", 63, 63, "exact"),
        qty(doc, "17", 17, 17, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("wounded", claims.get(0).measure());
    assertEquals("people", claims.get(0).unit());
    assertEquals("wounded", claims.get(1).measure());
    assertEquals("children", claims.get(1).unit());
    Claim twelve = only(dead, "12", 12);
    assertEquals("killed", twelve.measure());
    assertEquals("people", twelve.unit());
  }

  @Test
  void aNumberWithNoNounAfterAConjoinedHarmCountsThePeopleANumberNounCounted() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det war/NN/war/4/nsubj has/VBZ/have/4/aux killed/VBN/kill/0/root tens/NNS/ten/7/dep"
            + " of/IN/of/7/advmod thousands/NNS/thousand/4/obj of/IN/of/9/case people/NNS/person/7/nmod"
            + " and/CC/and/11/cc displaced/VBD/displace/4/conj nearly/RB/nearly/14/advmod 12/CD/12/14/compound"
            + " million/CD/million/11/obj ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "nearly 12 million", 12e6, 12e6, "approximately")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("displaced", claims.get(0).measure());
    assertEquals("people", claims.get(0).unit());
  }

  @Test
  void aNounThatOnlyModifiesTheCountedNounIsSkipped() {
    AnnotatedText doc = HandText.create().sentence(
        "Fighters/NNS/fighter/2/nsubj killed/VBD/kill/0/root hundreds/NNS/hundred/2/obj of/IN/of/6/case"
            + " army/NN/army/6/compound soldiers/NNS/soldier/3/nmod ./././2/punct").build();

    Claim c = only(doc, "hundreds", 200);

    assertEquals("killed", c.measure());
    assertEquals("soldiers", c.unit());
    assertEquals("army soldiers", c.subject().text());
  }

  @Test
  void peopleTreatedForInjuriesAreWounded() {
    AnnotatedText doc = HandText.create().sentence(
        "57/CD/57/2/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux being/VBG/be/5/aux:pass"
            + " treated/VBN/treat/0/root for/IN/for/7/case injuries/NNS/injury/5/obl ./././5/punct").build();
    AnnotatedText dinner = HandText.create().sentence(
        "57/CD/57/2/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux being/VBG/be/5/aux:pass"
            + " treated/VBN/treat/0/root to/IN/to/7/case dinner/NN/dinner/5/obl ./././5/punct").build();

    AnnotatedText hospital = HandText.create().sentence(
        "30/CD/30/2/nummod others/NNS/other/4/nsubj:pass were/VBD/be/4/aux:pass taken/VBN/take/0/root"
            + " to/IN/to/6/case hospital/NN/hospital/4/obl ./././4/punct").build();
    AnnotatedText prison = HandText.create().sentence(
        "30/CD/30/2/nummod others/NNS/other/4/nsubj:pass were/VBD/be/4/aux:pass taken/VBN/take/0/root"
            + " to/IN/to/6/case prison/NN/prison/4/obl ./././4/punct").build();

    assertEquals("wounded", only(doc, "57", 57).measure());
    assertEquals("other", only(dinner, "57", 57).measure());
    assertEquals("wounded", only(hospital, "30", 30).measure());
    assertEquals("other", only(prison, "30", 30).measure());
  }

  @Test
  void membersOfAGroupArePeopleAHarmVerbCounts() {
    AnnotatedText doc = HandText.create().sentence(
        "Officers/NNS/officer/2/nsubj killed/VBD/kill/0/root 12/CD/12/5/nummod gang/NN/gang/5/compound"
            + " members/NNS/member/2/obj ./././2/punct").build();

    Claim c = only(doc, "12", 12);

    assertEquals("killed", c.measure());
    assertEquals("gang members", c.subject().text());

    AnnotatedText voted = HandText.create().sentence(
        "447/CD/447/2/nummod members/NNS/member/3/nsubj voted/VBD/vote/0/root ./././3/punct").build();
    assertEquals(List.of(), new ClaimFinder().find(voted, List.of(qty(voted, "447", 447, 447, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()), "members no harm befell count nothing");
  }

  @Test
  void aTrailingReporterTheParserMadeTheSubjectsAppositionLeavesTheHarmToTheVerbBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Strikes/NNS/strike/2/nsubj killed/VBD/kill/0/root three/CD/three/4/nummod members/NNS/member/10/nsubj"
            + " of/IN/of/6/case Hezbollah/NNP/hezbollah/4/nmod ,/,/,/4/punct the/DT/the/9/det military/NN/military/4/appos"
            + " said/VBD/say/2/ccomp ./././2/punct").build();

    Claim c = only(doc, "three", 3);

    assertEquals("killed", c.measure());
    assertEquals("the military", c.source().text());
  }

  @Test
  void aBareNumberDrivenFromHomeIsDisplaced() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det war/NN/war/3/nsubj drove/VBD/drive/0/root 12/CD/12/5/compound"
            + " million/CD/million/3/obj from/IN/from/8/case their/PRP$/they/8/nmod:poss homes/NNS/home/3/obl"
            + " ./././3/punct").build();

    Claim c = only(doc, "12 million", 12_000_000);

    assertEquals("displaced", c.measure());
    assertEquals("people", c.unit());
  }

  @Test
  void peopleWhoRemainDisplacedAreDisplacedHoweverParsed() {
    AnnotatedText subject = HandText.create().sentence(
        "About/RB/about/2/advmod 60,000/CD/60,000/3/nummod residents/NNS/resident/4/nsubj remain/VBP/remain/0/root"
            + " displaced/VBN/displace/4/xcomp ./././4/punct").build();
    AnnotatedText oblique = HandText.create().sentence(
        "Around/IN/around/3/case 60,000/CD/60,000/3/nummod residents/NNS/resident/4/obl remain/VBP/remain/0/root"
            + " displaced/VBN/displace/4/xcomp ./././4/punct").build();

    assertEquals("displaced", only(subject, "60,000", 60_000).measure());
    assertEquals("displaced", only(oblique, "60,000", 60_000).measure());
  }

  @Test
  void aPartitiveCountedOfAHarmNounSufferedIt() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det group/NN/group/3/nsubj announced/VBD/announce/0/root the/DT/the/5/det"
            + " deaths/NNS/death/3/obj of/IN/of/7/case three/CD/three/5/nmod of/IN/of/10/case"
            + " its/PRP$/its/10/nmod:poss members/NNS/member/7/nmod ./././3/punct").build();

    Claim c = only(doc, "three", 3);

    assertEquals("killed", c.measure());
    assertEquals("members", c.unit());
  }

  @Test
  void aConjunctOfIncludedPeopleSharesTheirHarm() {
    AnnotatedText doc = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root 70/CD/70/4/nummod people/NNS/person/2/obj"
            + " ,/,/,/4/punct including/VBG/include/8/case 10/CD/10/8/nummod women/NNS/woman/4/nmod"
            + " and/CC/and/11/cc three/CD/three/11/nummod infants/NNS/infant/8/conj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "70", 70, 70, "exact"),
        qty(doc, "10", 10, 10, "exact"), qty(doc, "three", 3, 3, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(3, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(2).measure());
    assertEquals("infants", claims.get(2).unit());
  }

  @Test
  void attackersKilledAreCountedAsTroops() {
    AnnotatedText doc = HandText.create().sentence(
        "Soldiers/NNS/soldier/2/nsubj killed/VBD/kill/0/root 40/CD/40/4/nummod attackers/NNS/attacker/2/obj"
            + " ./././2/punct").build();

    Claim c = only(doc, "40", 40);

    assertEquals("killed", c.measure());
    assertEquals("attackers", c.unit());
  }

  @Test
  void peopleHeldInCustodyAreCaptured() {
    AnnotatedText remain = HandText.create().sentence(
        "About/RB/about/2/advmod 8,000/CD/8,000/3/nummod soldiers/NNS/soldier/4/nsubj remain/VBP/remain/0/root"
            + " in/IN/in/7/case Russian/JJ/russian/7/amod custody/NN/custody/4/obl ./././4/punct").build();
    AnnotatedText are = HandText.create().sentence(
        "About/RB/about/2/advmod 300/CD/300/3/nummod fighters/NNS/fighter/6/nsubj are/VBP/be/6/cop"
            + " in/IN/in/6/case captivity/NN/captivity/0/root ./././6/punct").build();

    assertEquals("captured", only(are, "300", 300).measure());
    assertEquals("captured", only(remain, "8,000", 8000).measure());
  }

  @Test
  void aRangeEstimatesOfAHarmRangeOverCountsThatHarm() {
    // the parser takes "range" for a noun: read from the words
    AnnotatedText doc = HandText.create().sentence(
        "Estimates/NNS/estimate/0/root of/IN/of/5/case the/DT/the/5/det dead/JJ/dead/5/amod range/NN/range/1/nmod"
            + " from/IN/from/7/case 20,000/CD/20,000/1/nmod to/IN/to/9/case 150,000/CD/150,000/7/obl ./././1/punct").build();
    AnnotatedText other = HandText.create().sentence(
        "Prices/NNS/price/2/nsubj range/VBP/range/0/root from/IN/from/4/case 20/CD/20/2/obl to/IN/to/6/case"
            + " 150/CD/150/2/obl ./././2/punct").build();

    List<Claim> dead = new ClaimFinder().find(doc, List.of(qty(doc, "from 20,000 to 150,000", 20_000, 150_000, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> prices = new ClaimFinder().find(other, List.of(qty(other, "from 20 to 150", 20, 150, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, dead.size(), () -> "claims: " + dead);
    assertEquals("killed", dead.get(0).measure());
    assertEquals(List.of(), prices);
  }

  @Test
  void peopleWhoCrossIntoACountryAreDisplaced() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 10,000/CD/10,000/3/nummod people/NNS/person/4/nsubj crossed/VBD/cross/0/root"
            + " into/IN/into/6/case Burundi/NNP/burundi/4/obl ./././4/punct").build();
    AnnotatedText road = HandText.create().sentence(
        "About/RB/about/2/advmod 10,000/CD/10,000/3/nummod people/NNS/person/4/nsubj crossed/VBD/cross/0/root"
            + " the/DT/the/6/det road/NN/road/4/obj ./././4/punct").build();

    assertEquals("displaced", only(doc, "10,000", 10_000).measure());
    assertEquals("other", only(road, "10,000", 10_000).measure());
  }

  @Test
  void peopleWhoFaceHungerAreAffectedHoweverParsed() {
    // the parser takes "face" for a noun
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 25/CD/25/3/compound million/CD/million/4/nummod people/NNS/person/0/root"
            + " face/NN/face/7/compound acute/JJ/acute/7/amod hunger/NN/hunger/4/appos ./././4/punct").build();
    AnnotatedText elections = HandText.create().sentence(
        "About/RB/about/2/advmod 25/CD/25/3/compound million/CD/million/4/nummod people/NNS/person/5/nsubj"
            + " face/VBP/face/0/root elections/NNS/election/5/obj ./././5/punct").build();

    AnnotatedText areas = HandText.create().sentence(
        "About/RB/about/2/advmod 5,000/CD/5,000/3/nummod troops/NNS/troop/4/nsubj went/VBD/go/0/root"
            + " to/IN/to/6/case areas/NNS/area/4/obl that/WDT/that/8/nsubj face/VBP/face/6/acl:relcl"
            + " famine/NN/famine/8/obj ./././4/punct").build();

    assertEquals("affected", only(doc, "25 million", 25_000_000).measure());
    assertEquals("other", only(elections, "25 million", 25_000_000).measure());
    assertEquals("troops", only(areas, "5,000", 5_000).measure(), "the areas face famine, not the troops");

    AnnotatedText quoted = HandText.create().sentence(
        "About/RB/about/2/advmod 25/CD/25/3/compound million/CD/million/4/nummod people/NNS/person/6/nsubj"
            + " were/VBD/be/6/aux facing/VBG/face/0/root \"/``/\"/10/punct catastrophic/JJ/catastrophic/10/amod"
            + " \"/''/\"/10/punct hunger/NN/hunger/6/obj ./././6/punct").build();
    assertEquals("affected", only(quoted, "25 million", 25_000_000).measure(), "were facing \"catastrophic\" hunger");
  }

  @Test
  void fightersNeutralisedAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "Troops/NNS/troop/2/nsubj neutralised/VBD/neutralise/0/root 40/CD/40/4/nummod assailants/NNS/assailant/2/obj"
            + " ./././2/punct").build();

    assertEquals("casualties", only(doc, "40", 40).measure());
  }

  @Test
  void ourOwnPeopleCountedAsAPartWereKilled() {
    AnnotatedText doc = HandText.create().sentence(
        "Five/CD/five/6/nsubj:pass of/IN/of/4/case our/PRP$/we/4/nmod:poss soldiers/NNS/soldier/1/nmod"
            + " were/VBD/be/6/aux:pass killed/VBN/kill/10/advcl ,/,/,/10/punct the/DT/the/9/det"
            + " army/NN/army/10/nsubj said/VBD/say/0/root ./././10/punct").build();

    Claim c = only(doc, "Five", 5);

    assertEquals("killed", c.measure());
    assertEquals("soldiers", c.unit());
  }

  @Test
  void peopleWhoLostTheirLivesWereKilled() {
    AnnotatedText doc = HandText.create().sentence(
        "Five/CD/five/2/nummod soldiers/NNS/soldier/3/nsubj lost/VBD/lose/0/root their/PRP$/they/5/nmod:poss"
            + " lives/NNS/life/3/obj ./././3/punct").build();

    assertEquals("killed", only(doc, "Five", 5).measure());
  }

  @Test
  void vigilantesHerdersAndJihadistsArePeopleAHarmCounts() {
    for (String noun : List.of("vigilantes/NNS/vigilante", "herders/NNS/herder", "jihadists/NNS/jihadist",
        "gendarmes/NNS/gendarme")) {
      AnnotatedText doc = HandText.create().sentence(
          "Three/CD/three/2/nummod " + noun + "/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
              + " ./././4/punct").build();

      assertEquals("killed", only(doc, "Three", 3).measure(), noun);
    }
  }

  @Test
  void aPartitiveConjoinedToHarmedPeopleSharesTheirHarm() {
    AnnotatedText doc = HandText.create().sentence(
        "He/PRP/he/2/nsubj said/VBD/say/0/root 23/CD/23/4/nummod soldiers/NNS/soldier/11/nsubj and/CC/and/6/cc"
            + " dozens/NNS/dozen/4/conj of/IN/of/9/case militia/NN/militia/9/compound fighters/NNS/fighter/6/nmod"
            + " had/VBD/have/11/aux died/VBN/die/2/ccomp ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "23", 23, 23, "exact"),
        qty(doc, "dozens", 24, 99, "vague")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(1).measure());
    assertEquals("fighters", claims.get(1).unit());
  }

  @Test
  void patientsTaggedWoundedAsAnAdjectiveAreWounded() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det hospital/NN/hospital/3/nsubj received/VBD/receive/0/root 31/CD/31/6/nummod"
            + " wounded/JJ/wounded/6/amod patients/NNS/patient/3/obj ./././3/punct").build();

    assertEquals("wounded", only(doc, "31", 31).measure());
  }

  @Test
  void peopleReportedOrFearedKilledWereHarmed() {
    AnnotatedText reported = HandText.create().sentence(
        "Two/CD/two/2/nummod civilians/NNS/civilian/5/nsubj:pass were/VBD/be/5/aux:pass also/RB/also/5/advmod"
            + " reported/VBN/report/0/root killed/VBN/kill/5/dep ./././5/punct").build();
    AnnotatedText feared = HandText.create().sentence(
        "Twenty/CD/twenty/2/nummod people/NNS/person/4/nsubj:pass are/VBP/be/4/aux:pass feared/VBN/fear/0/root"
            + " dead/JJ/dead/4/xcomp ./././4/punct").build();

    assertEquals("killed", only(reported, "Two", 2).measure());
    assertEquals("killed", only(feared, "Twenty", 20).measure());
  }

  @Test
  void aBareNumberOpeningItsSentenceCountsThePeopleHarmed() {
    AnnotatedText killed = HandText.create().sentence(
        "Thousands/NNS/thousand/4/nsubj:pass have/VBP/have/4/aux been/VBN/be/4/aux:pass killed/VBN/kill/0/root"
            + " ./././4/punct").build();
    AnnotatedText died = HandText.create().sentence(
        "Hundreds/NNS/hundred/3/nsubj have/VBP/have/3/aux died/VBN/die/0/root ./././3/punct").build();

    List<Claim> k = new ClaimFinder().find(killed, List.of(qty(killed, "Thousands", 2000, 9999, "vague")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> d = new ClaimFinder().find(died, List.of(qty(died, "Hundreds", 200, 999, "vague")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals("killed", k.get(0).measure());
    assertEquals("people", k.get(0).unit());
    assertEquals("killed", d.get(0).measure());
  }

  @Test
  void whatTheDeadIncludedWasKilledConjunctsToo() {
    AnnotatedText doc = HandText.create().sentence(
        "the/DT/the/2/det dead/JJ/dead/3/nsubj included/VBD/include/0/root 12/CD/12/5/nummod"
            + " children/NNS/child/3/obj and/CC/and/8/cc four/CD/four/8/nummod women/NNS/woman/5/conj"
            + " ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact"),
        qty(doc, "four", 4, 4, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("killed", "killed"), claims.stream().map(Claim::measure).toList());
  }

  @Test
  void aConjunctAmongThemSharesTheWholesHarm() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj confirmed/VBD/confirm/0/root 42/CD/42/4/nummod deaths/NNS/death/2/obj ,/,/,/4/punct"
            + " among/IN/among/7/case them/PRP/they/4/nmod 11/CD/11/9/nummod women/NNS/woman/7/dep and/CC/and/12/cc"
            + " nine/CD/nine/12/nummod children/NNS/child/9/conj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "42", 42, 42, "exact"),
        qty(doc, "11", 11, 11, "exact"), qty(doc, "nine", 9, 9, "exact")), ActorMentions.none(), List.of(),
        List.of(), List.of());

    assertEquals("killed", claims.get(2).measure(), () -> "claims: " + claims);
  }

  @Test
  void peopleForcedFromTheirHomesInThePassiveAreDisplaced() {
    AnnotatedText doc = HandText.create().sentence(
        "Three/CD/three/2/nummod million/CD/million/3/nummod people/NNS/person/6/nsubj:pass have/VBP/have/6/aux"
            + " been/VBN/be/6/aux:pass forced/VBN/force/0/root from/IN/from/9/case their/PRP$/they/9/nmod:poss"
            + " homes/NNS/home/6/obl ./././6/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Three million", 3e6, 3e6, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals("displaced", claims.get(0).measure());
  }

  @Test
  void aPartWithAPeopleNounOfItsOwnIsNoPartOfWeapons() {
    AnnotatedText doc = HandText.create()
        .sentence("Houthis/NNPS/houthi/2/nsubj fired/VBD/fire/0/root two/CD/two/4/nummod missiles/NNS/missile/2/obj"
            + " ./././2/punct")
        .sentence("The/DT/the/2/det crew/NN/crew/9/nsubj ,/,/,/2/punct 19/CD/19/8/nummod of/IN/of/6/case"
            + " them/PRP/they/4/nmod Filipino/JJ/filipino/8/amod nationals/NNS/national/2/appos left/VBD/leave/0/root"
            + " ./././9/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "two", 2, 2, "exact"),
        qty(doc, "19", 19, 19, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("two"), claims.stream().map(c -> c.quantity().text()).toList());
  }

  @Test
  void peopleShotDeadWereKilled() {
    AnnotatedText doc = HandText.create().sentence(
        "Three/CD/three/2/nummod men/NNS/man/4/nsubj:pass were/VBD/be/4/aux:pass shot/VBN/shoot/0/root"
            + " dead/JJ/dead/4/xcomp ./././4/punct").build();

    assertEquals("killed", only(doc, "Three", 3).measure());
  }

  private static Claim only(AnnotatedText doc, String number, double value) {
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, number, value, value, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }
}
