package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.events.EventFinderTest.mentions;
import static org.sitrep.events.EventFinderTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;
import org.sitrep.record.Event;

/** The coding rules of the CAMEO to PLOVER table and the argument rules that go with them. */
class EventCodingRulesTest {
  private static final List<Actor> ACTORS = List.of(
      new Actor("RUS", "Russia", "country", "RUS", null, List.of()),
      new Actor("UKR", "Ukraine", "country", "UKR", null, List.of()),
      new Actor("GBR", "United Kingdom", "country", "GBR", null, List.of()),
      new Actor("USA", "United States", "country", "USA", null, List.of()),
      new Actor("BLR", "Belarus", "country", "BLR", null, List.of()),
      new Actor("rus-armed-forces", "Russian armed forces", "organization", "RUS", "RUS", List.of()),
      new Actor("UN", "United Nations", "international", null, null, List.of()),
      new Actor("petrov", "Petrov", "person", null, "UN", List.of()),
      new Actor("UNSC", "UN Security Council", "international", null, "UN", List.of()),
      new Actor("UNMU", "UN mission in Ukraine", "international", "UKR", "UN", List.of()));

  // Arguments

  @Test
  void theUsInCapitalsIsTheStateNotThePronoun() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj demanded/VBD/demand/0/root that/IN/that/6/mark the/DT/the/5/det"
            + " US/NNP/us/6/nsubj withdraw/VB/withdraw/2/ccomp ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "US", "USA");

    assertEquals("REQUEST", e.type());
    assertEquals(List.of("USA"), e.recipients());
  }

  @Test
  void aRequestForCommentIsNoEvent() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod respond/VB/respond/0/root to/IN/to/7/case"
            + " a/DT/a/7/det request/NN/request/4/obl for/IN/for/9/case comment/NN/comment/7/nmod ./././4/punct")
        .build();
    AnnotatedText aid = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj sent/VBD/send/0/root a/DT/a/4/det request/NN/request/2/obj"
            + " for/IN/for/6/case weapons/NNS/weapon/4/nmod to/IN/to/8/case Britain/NNP/britain/2/obl ./././2/punct")
        .build();

    assertEquals(List.of(), find(doc, "Russia", "RUS"));
    assertEquals("REQUEST", find(aid, "Ukraine", "UKR", "Britain", "GBR").get(0).type());
  }

  @Test
  void anActTalkedAboutIsNoActButAVisitOnADayIs() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj remained/VBD/remain/0/root apart/RB/apart/2/advmod on/IN/on/6/case"
            + " the/DT/the/6/det release/NN/release/2/obl of/IN/of/8/case prisoners/NNS/prisoner/6/nmod"
            + " ./././2/punct").build();
    AnnotatedText visit = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj arrived/VBD/arrive/0/root on/IN/on/5/case a/DT/a/5/det visit/NN/visit/2/obl"
            + " ./././2/punct").build();

    assertEquals(List.of(), find(doc, "Russia", "RUS"));
    AnnotatedText raids = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj complained/VBD/complain/0/root over/IN/over/6/case the/DT/the/6/det"
            + " Russian/JJ/russian/6/amod raids/NNS/raid/2/obl ./././2/punct").build();
    assertEquals(1, find(visit, "Russia", "RUS").size(), "on a visit is how, not what about");
    assertTrue(find(raids, "Ukraine", "UKR", "Russian", "RUS").stream().anyMatch(e -> e.type().equals("ASSAULT")),
        "raids complained over happened");
  }

  @Test
  void decliningToCommentIsNoRejection() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj declined/VBD/decline/0/root to/TO/to/4/mark comment/VB/comment/2/xcomp"
            + " ./././2/punct").build();
    AnnotatedText offer = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj refused/VBD/refuse/0/root to/TO/to/4/mark withdraw/VB/withdraw/2/xcomp"
            + " ./././2/punct").build();

    assertEquals(List.of(), find(doc, "Russia", "RUS"));
    assertEquals("REJECT", find(offer, "Russia", "RUS").get(0).type());
  }

  @Test
  void aThingWithNoModifierOfItsOwnStandsForWhomItIsOf() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj defended/VBD/defend/0/root the/DT/the/4/det right/NN/right/2/obj"
            + " of/IN/of/7/case Ukrainian/JJ/ukrainian/7/amod refugees/NNS/refugee/4/nmod in/IN/in/9/case"
            + " Russia/NNP/russia/7/nmod ./././2/punct").build();

    Event e = only(find(doc, "Britain", "GBR", "Ukrainian", "UKR", "Russia", "RUS"));

    assertEquals("SUPPORT", e.type());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void anInfinitiveOfPurposeIsDoneByTheSubjectAboveIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukrainians/NNPS/ukrainian/2/nsubj gathered/VBD/gather/0/root to/TO/to/4/mark"
            + " protest/VB/protest/2/advcl ./././2/punct").build();

    Event e = only(find(doc, "Ukrainians", "UKR"));

    assertEquals("PROTEST", e.type());
    assertEquals(List.of("UKR"), e.actors());
  }

  @Test
  void whoeverSummonsSomeoneToComplainComplains() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj summoned/VBD/summon/0/root Russia/NNP/russia/5/nmod:poss 's/POS/'s/3/case"
            + " ambassador/NN/ambassador/2/obj to/TO/to/7/mark complain/VB/complain/2/xcomp ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Russia", "RUS");

    assertEquals("ACCUSE", e.type());
    assertEquals(List.of("GBR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void withSomeonesHelpNamesAPartnerNotTheTarget() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj tightened/VBD/tighten/0/root the/DT/the/4/det blockade/NN/blockade/2/obj"
            + " of/IN/of/6/case Ukraine/NNP/ukraine/4/nmod with/IN/with/10/case Belarus/NNP/belarus/10/nmod:poss"
            + " 's/POS/'s/8/case help/NN/help/4/nmod ./././2/punct").build();

    Event e = only(find(doc, "Russia", "RUS", "Ukraine", "UKR", "Belarus", "BLR"));

    assertEquals("COERCE", e.type());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void aPersonActingForAnInternationalBodyNeedsNoCountryAdded() {
    AnnotatedText doc = HandText.create().sentence(
        "Petrov/NNP/petrov/2/nsubj visited/VBD/visit/0/root camps/NNS/camp/2/obj in/IN/in/5/case"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = main(doc, "Petrov", "petrov", "Ukraine", "UKR");

    assertEquals(List.of("petrov"), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void anInternationalBodysOwnOrganIsNoTargetButWhereItWorksIs() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/3/det Security/NNP/security/3/compound Council/NNP/council/4/nsubj praised/VBD/praise/0/root"
            + " the/DT/the/7/det UN/NNP/un/7/compound mission/NN/mission/4/obj in/IN/in/9/case"
            + " Ukraine/NNP/ukraine/7/nmod ./././4/punct").build();
    String[] pairs = {"Security Council", "UNSC", "UN mission", "UNMU", "Ukraine", "UKR"};

    assertEquals(List.of(), only(find(doc, pairs)).recipients());
    assertEquals(List.of("UKR"), main(doc, pairs).recipients());
  }

  // Types

  @Test
  void allowingAidOrInspectorsInIsARetreatAndAllowingOtherThingsAConcession() {
    AnnotatedText aid = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj allowed/VBD/allow/0/root aid/NN/aid/2/obj into/IN/into/5/case"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();
    AnnotatedText elections = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj allowed/VBD/allow/0/root elections/NNS/election/2/obj ./././2/punct").build();

    Event e = main(aid, "Russia", "RUS", "Ukraine", "UKR");
    assertEquals("RETREAT", e.type());
    assertEquals("access", e.mode());
    assertEquals("CONCEDE", main(elections, "Russia", "RUS").type());
  }

  @Test
  void aVerbsObjectParsedAsTheSubjectOfTheParticipleAfterItIsStillItsObject() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukrainian/JJ/ukrainian/2/amod farmers/NNS/farmer/3/nsubj blocked/VBD/block/0/root roads/NNS/road/5/nsubj"
            + " demanding/VBG/demand/3/dep subsidies/NNS/subsidy/5/obj ./././3/punct").build();

    Event e = main(doc, "Ukrainian", "UKR");

    assertEquals("PROTEST", e.type());
    assertEquals("obstruct", e.mode());
  }

  @Test
  void aVerbWithItsObjectIsItsOwnTrigger() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/2/amod troops/NNS/troop/3/nsubj opened/VBD/open/0/root fire/NN/fire/3/obj"
            + " on/IN/on/6/case protesters/NNS/protester/3/obl ./././3/punct").build();

    Event e = main(doc, "Russian troops", "rus-armed-forces");

    assertEquals("ASSAULT", e.type());
    assertEquals("firearms", e.mode());
  }

  @Test
  void rulingSomethingOutIsARejection() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj ruled/VBD/rule/0/root out/RP/out/2/compound:prt talks/NNS/talk/2/obj"
            + " ./././2/punct").build();

    assertEquals("REJECT", main(doc, "Russia", "RUS").type());
  }

  @Test
  void withdrawingInspectorsIsASanctionAndAnnouncingItAThreat() {
    AnnotatedText done = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj withdrew/VBD/withdraw/0/root its/PRP$/its/4/nmod:poss inspectors/NNS/inspector/2/obj"
            + " from/IN/from/6/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();
    AnnotatedText announced = HandText.create().sentence(
        "Russia/NNP/russia/3/nsubj will/MD/will/3/aux withdraw/VB/withdraw/0/root its/PRP$/its/5/nmod:poss"
            + " inspectors/NNS/inspector/3/obj ./././3/punct").build();
    AnnotatedText troops = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj withdrew/VBD/withdraw/0/root its/PRP$/its/4/nmod:poss troops/NNS/troop/2/obj"
            + " ./././2/punct").build();

    assertEquals("SANCTION", main(done, "Russia", "RUS", "Ukraine", "UKR").type());
    assertEquals("THREATEN", main(announced, "Russia", "RUS").type());
    assertEquals("RETREAT", main(troops, "Russia", "RUS").type());
  }

  @Test
  void whatTheDoerOwnsIsNotWhomTheActFallsOn() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj withdrew/VBD/withdraw/0/root its/PRP$/its/4/nmod:poss troops/NNS/troop/2/obj"
            + " from/IN/from/6/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();
    String[] pairs = {"Russia", "RUS", "its troops", "rus-armed-forces", "Ukraine", "UKR"};

    Event found = only(find(doc, pairs));
    Event coded = main(doc, pairs);

    assertEquals(List.of("RUS"), found.actors());
    assertEquals(List.of(), found.recipients());
    assertEquals(List.of("UKR"), coded.recipients());
  }

  @Test
  void seekingToDoSomethingAsksNobodyForAnything() {
    AnnotatedText attempt = HandText.create().sentence(
        "The/DT/the/2/det UN/NNP/un/3/nsubj sought/VBD/seek/0/root to/TO/to/5/mark verify/VB/verify/3/xcomp"
            + " the/DT/the/7/det figures/NNS/figure/5/obj ./././3/punct").build();
    AnnotatedText request = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj sought/VBD/seek/0/root help/NN/help/2/obj from/IN/from/5/case"
            + " Britain/NNP/britain/2/obl ./././2/punct").build();

    assertTrue(find(attempt, "UN", "UN").stream().noneMatch(e -> e.type().equals("REQUEST")));
    assertEquals("REQUEST", only(find(request, "Ukraine", "UKR", "Britain", "GBR")).type());
  }

  @Test
  void whoeverClaimsResponsibilityForAnActDidIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj claimed/VBD/claim/0/root responsibility/NN/responsibility/2/obj"
            + " for/IN/for/6/case the/DT/the/6/det attack/NN/attack/3/nmod ./././2/punct").build();

    Event e = only(find(doc, "Russia", "RUS"));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("RUS"), e.actors());
  }

  @Test
  void aVerbThatJudgesAnActLendsItNoDoer() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj condemned/VBD/condemn/0/root the/DT/the/4/det attack/NN/attack/2/obj"
            + " ./././2/punct").build();

    List<Event> events = find(doc, "Ukraine", "UKR");

    assertTrue(events.stream().noneMatch(e -> e.type().equals("ASSAULT") && e.actors().contains("UKR")), events.toString());
  }

  @Test
  void callingAnActANameLendsItNoDoerEvenWhenTheNameHangsLoose() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj called/VBD/call/0/root the/DT/the/4/det attack/NN/attack/2/obj"
            + " an/DT/an/6/det act/NN/act/4/dep of/IN/of/8/case terror/NN/terror/6/nmod ./././2/punct").build();

    List<Event> events = find(doc, "Ukraine", "UKR");

    assertTrue(events.stream().noneMatch(e -> e.actors().contains("UKR")), events.toString());
  }

  @Test
  void itIsNoDoerOfTheActItIs() {
    AnnotatedText doc = HandText.create()
        .sentence("Ukraine/NNP/ukraine/2/nsubj spoke/VBD/speak/0/root ./././2/punct")
        .sentence("It/PRP/it/5/nsubj was/VBD/be/5/cop the/DT/the/5/det third/JJ/third/5/amod attack/NN/attack/0/root"
            + " ./././5/punct").build();

    List<Event> events = find(doc, "Ukraine", "UKR");

    assertTrue(events.stream().noneMatch(e -> e.actors().contains("UKR")), events.toString());
  }

  @Test
  void aMonitorThatRecordsStrikesDidNotStrike() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/3/nsubj has/VBZ/have/3/aux recorded/VBN/record/0/root 300/CD/300/6/nummod"
            + " air/NN/air/6/compound strikes/NNS/strike/3/obj ./././3/punct").build();

    List<Event> events = find(doc, "Ukraine", "UKR");

    assertTrue(events.stream().noneMatch(e -> e.actors().contains("UKR")), events.toString());
  }

  @Test
  void aBarrageOfRocketsIsWeaponsFired() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj fired/VBD/fire/0/root a/DT/a/4/det barrage/NN/barrage/2/obj"
            + " of/IN/of/6/case rockets/NNS/rocket/4/nmod at/IN/at/8/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = only(find(doc, "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void theActAnAccusationNamesIsTheAccused() {
    AnnotatedText acl = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj accused/VBD/accuse/0/root Russia/NNP/russia/2/obj of/IN/of/5/case"
            + " shelling/VBG/shell/3/acl a/DT/a/7/det market/NN/market/5/obj ,/,/,/2/punct killing/VBG/kill/2/dep"
            + " 40/CD/40/11/nummod people/NNS/person/9/obj ./././2/punct").build();
    AnnotatedText blamed = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj blamed/VBD/blame/0/root Russia/NNP/russia/2/obj for/IN/for/6/case"
            + " the/DT/the/6/det attack/NN/attack/2/obl ./././2/punct").build();
    String[] pairs = {"Ukraine", "UKR", "Russia", "RUS"};

    List<Event> accused = find(acl, pairs);
    List<Event> blame = find(blamed, pairs);

    assertTrue(accused.stream().anyMatch(e -> e.type().equals("ACCUSE") && e.actors().equals(List.of("UKR"))), accused.toString());
    assertTrue(accused.stream().filter(e -> e.type().equals("ASSAULT")).allMatch(e -> e.actors().equals(List.of("RUS"))),
        accused.toString());
    assertTrue(accused.stream().anyMatch(e -> e.type().equals("ASSAULT")), accused.toString());
    assertTrue(blame.stream().anyMatch(e -> e.type().equals("ASSAULT") && e.actors().equals(List.of("RUS"))), blame.toString());
    // the parser may make the accused an indirect object
    AnnotatedText indirect = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj blamed/VBD/blame/0/root Russia/NNP/russia/2/iobj for/IN/for/6/case"
            + " the/DT/the/6/det attack/NN/attack/2/obl ./././2/punct").build();
    List<Event> iobj = find(indirect, pairs);
    assertTrue(iobj.stream().anyMatch(e -> e.type().equals("ASSAULT") && e.actors().equals(List.of("RUS"))
        && e.recipients().isEmpty()), iobj.toString());
  }

  @Test
  void theTwoCountriesAreTheLastTwoNamedButBothSidesAreNot() {
    String first = "Russia/NNP/russia/2/nsubj fought/VBD/fight/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct";
    AnnotatedText countries = HandText.create().sentence(first).sentence(
        "Britain/NNP/britain/2/nsubj urged/VBD/urge/0/root the/DT/the/5/det two/CD/two/5/nummod"
            + " countries/NNS/country/2/obj to/TO/to/7/mark negotiate/VB/negotiate/2/xcomp ./././2/punct").build();
    AnnotatedText sides = HandText.create().sentence(first).sentence(
        "Britain/NNP/britain/2/nsubj urged/VBD/urge/0/root both/DT/both/4/det sides/NNS/side/2/obj"
            + " to/TO/to/6/mark negotiate/VB/negotiate/2/xcomp ./././2/punct").build();
    AnnotatedText twoSides = HandText.create().sentence(first).sentence(
        "Britain/NNP/britain/2/nsubj urged/VBD/urge/0/root the/DT/the/5/det two/CD/two/5/nummod"
            + " sides/NNS/side/2/obj to/TO/to/7/mark negotiate/VB/negotiate/2/xcomp ./././2/punct").build();
    String[] pairs = {"Russia", "RUS", "Ukraine", "UKR", "Britain", "GBR"};

    Event toTwoSides = find(twoSides, pairs).stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
    Event toCountries = find(countries, pairs).stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
    Event toSides = find(sides, pairs).stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();

    assertEquals(List.of("UKR", "RUS"), toCountries.recipients());
    assertEquals(List.of(), toSides.recipients());
    assertEquals(List.of("UKR", "RUS"), toTwoSides.recipients());
  }

  @Test
  void receivingAVisitorIsAMeetingButReceivingMoneyIsNot() {
    AnnotatedText visitor = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj received/VBD/receive/0/root the/DT/the/5/det British/JJ/british/5/amod"
            + " delegation/NN/delegation/2/obj ./././2/punct").build();
    AnnotatedText named = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj received/VBD/receive/0/root Britain/NNP/britain/2/obj ./././2/punct").build();
    AnnotatedText money = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj received/VBD/receive/0/root 10/CD/10/4/nummod percent/NN/percent/2/obj"
            + " ./././2/punct").build();

    assertEquals("CONSULT", only(find(visitor, "Ukraine", "UKR", "British", "GBR")).type());
    assertEquals("CONSULT", only(find(named, "Ukraine", "UKR", "Britain", "GBR")).type());
    assertTrue(find(money, "Ukraine", "UKR").isEmpty());
  }

  @Test
  void aPronounThatOpensAReportedClauseIsItsReporter() {
    String first = "Ukraine/NNP/ukraine/2/nsubj spoke/VBD/speak/0/root ./././2/punct";
    AnnotatedText unnamed = HandText.create().sentence(first).sentence(
        "Agencies/NNS/agency/2/nsubj say/VBP/say/0/root they/PRP/they/4/nsubj attacked/VBD/attack/2/ccomp"
            + " Britain/NNP/britain/4/obj ./././2/punct").build();
    AnnotatedText named = HandText.create().sentence(first).sentence(
        "Russia/NNP/russia/2/nsubj said/VBD/say/0/root it/PRP/it/4/nsubj attacked/VBD/attack/2/ccomp"
            + " Britain/NNP/britain/4/obj ./././2/punct").build();

    Event byUnnamed = only(find(unnamed, "Ukraine", "UKR", "Britain", "GBR"));
    Event byNamed = only(find(named, "Ukraine", "UKR", "Russia", "RUS", "Britain", "GBR"));

    assertEquals(List.of(), byUnnamed.actors());
    assertEquals(List.of("RUS"), byNamed.actors());
  }

  @Test
  void aPronounSubjectOfAnAdverbialClauseIsTheNamedSubjectAboveOfItsKind() {
    // "The UN said Petrov visited Ukraine, though it attacked Britain": "it" is the UN (the first
    // subject above of a body's kind), not Petrov (a person) nor Ukraine (named last)
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det UN/NNP/un/3/nsubj said/VBD/say/0/root Petrov/NNP/petrov/5/nsubj"
            + " visited/VBD/visit/3/ccomp Ukraine/NNP/ukraine/5/obj ,/,/,/5/punct though/IN/though/10/mark"
            + " it/PRP/it/10/nsubj attacked/VBD/attack/5/advcl Britain/NNP/britain/10/obj ./././3/punct").build();

    List<Event> events = find(doc, "UN", "UN", "Petrov", "petrov", "Ukraine", "UKR", "Britain", "GBR");
    Event attack = events.stream().filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();

    assertEquals(List.of("UN"), attack.actors());
  }

  @Test
  void aVerbOfSayingLendsNoDoerToAnActInAPhraseHungOnIt() {
    AnnotatedText said = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj said/VBD/say/0/root ,/,/,/2/punct in/IN/in/5/case one/CD/one/2/obl"
            + " of/IN/of/9/case the/DT/the/9/det largest/JJS/large/9/amod attacks/NNS/attack/5/nmod"
            + " ./././2/punct").build();
    AnnotatedText carried = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj carried/VBD/carry/0/root out/RP/out/2/compound:prt one/CD/one/2/obl"
            + " of/IN/of/8/case the/DT/the/8/det largest/JJS/large/8/amod attacks/NNS/attack/4/nmod"
            + " ./././2/punct").build();

    assertTrue(find(said, "Britain", "GBR").stream().noneMatch(e -> e.actors().contains("GBR")));
    assertEquals(List.of("GBR"), only(find(carried, "Britain", "GBR")).actors());
  }

  @Test
  void aClauseUnderAConjoinedVerbTakesTheSubjectItShares() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj spoke/VBD/speak/0/root and/CC/and/4/cc claimed/VBD/claim/2/conj"
            + " to/TO/to/7/mark have/VB/have/7/aux attacked/VBN/attack/4/xcomp Russia/NNP/russia/7/obj"
            + " ./././2/punct").build();

    Event e = only(find(doc, "Britain", "GBR", "Russia", "RUS"));

    assertEquals(List.of("GBR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void aWarningOfWhatIsThreatensNobodyButOneOfWhatWillBeDoesAsDoesWarningSomeone() {
    AnnotatedText forecast = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj warned/VBD/warn/0/root that/IN/that/6/mark prices/NNS/price/6/nsubj"
            + " were/VBD/be/6/cop high/JJ/high/2/ccomp ./././2/punct").build();
    AnnotatedText future = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj warned/VBD/warn/0/root that/IN/that/6/mark police/NNS/police/6/nsubj"
            + " will/MD/will/6/aux act/VB/act/2/ccomp ./././2/punct").build();
    AnnotatedText someone = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj warned/VBD/warn/0/root Russia/NNP/russia/2/obj that/IN/that/7/mark"
            + " prices/NNS/price/7/nsubj were/VBD/be/7/cop high/JJ/high/2/ccomp ./././2/punct").build();

    assertTrue(find(forecast, "Britain", "GBR").isEmpty());
    assertEquals("THREATEN", only(find(future, "Britain", "GBR")).type());
    assertEquals("THREATEN", only(find(someone, "Britain", "GBR", "Russia", "RUS")).type());
  }

  @Test
  void takingControlOfAPlaceIsOccupyingIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj took/VBD/take/0/root control/NN/control/2/obj of/IN/of/5/case"
            + " Avdiivka/NNP/avdiivka/3/nmod ./././2/punct").build();

    Event e = only(find(doc, "Russia", "RUS"));

    assertEquals("ASSAULT", e.type());
    assertEquals("occupy", e.mode());
    assertEquals(List.of("RUS"), e.actors());
  }

  @Test
  void talksBetweenConjoinedModifiersAreBetweenEachOfThem() {
    AnnotatedText doc = HandText.create().sentence(
        "Talks/NNS/talk/7/nsubj between/IN/between/6/case Russian/JJ/russian/6/amod and/CC/and/5/cc"
            + " Ukrainian/JJ/ukrainian/3/conj negotiators/NNS/negotiator/1/nmod ended/VBD/end/0/root ./././7/punct").build();

    Event e = only(find(doc, "Russian", "RUS", "Ukrainian", "UKR"));

    assertEquals("CONSULT", e.type());
    assertEquals(List.of("RUS", "UKR"), e.actors());
  }

  @Test
  void anActNamedAsMissingOrAMeetingWithThePressIsNoEvent() {
    AnnotatedText without = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj left/VBD/leave/0/root without/IN/without/5/case an/DT/a/5/det"
            + " agreement/NN/agreement/2/obl ./././2/punct").build();
    AnnotatedText press = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj held/VBD/hold/0/root a/DT/a/5/det news/NN/news/5/compound"
            + " conference/NN/conference/2/obj ./././2/punct").build();

    assertTrue(find(without, "Russia", "RUS").isEmpty());
    assertTrue(find(press, "Russia", "RUS").isEmpty());
  }

  @Test
  void confirmingAnActReportsItButAnnouncingItEnactsIt() {
    AnnotatedText confirmed = HandText.create().sentence(
        "Russia/NNP/russia/3/nsubj never/RB/never/3/advmod confirmed/VBD/confirm/0/root the/DT/the/5/det"
            + " strike/NN/strike/3/obj ./././3/punct").build();
    AnnotatedText announced = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj announced/VBD/announce/0/root a/DT/a/4/det"
            + " strike/NN/strike/2/obj ./././2/punct").build();

    assertTrue(find(confirmed, "Russia", "RUS").stream().noneMatch(e -> e.actors().contains("RUS")));
    assertEquals(List.of("RUS"), only(find(announced, "Russia", "RUS")).actors());
  }

  @Test
  void whatASanctionTargetsIsItsScopeNotAnAttack() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj approved/VBD/approve/0/root sanctions/NNS/sanction/2/obj against/IN/against/5/case"
            + " Russia/NNP/russia/3/nmod ,/,/,/2/punct targeting/VBG/target/2/dep banks/NNS/bank/7/obj ./././2/punct").build();

    List<Event> events = find(doc, "Britain", "GBR", "Russia", "RUS");

    assertTrue(events.stream().noneMatch(e -> e.type().equals("ASSAULT")), () -> events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type().equals("SANCTION")), () -> events.toString());
  }

  @Test
  void suspendingTalksReducesRelations() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj suspended/VBD/suspend/0/root talks/NNS/talks/2/obj with/IN/with/5/case"
            + " Russia/NNP/russia/3/nmod ./././2/punct").build();

    assertTrue(find(doc, "Britain", "GBR", "Russia", "RUS").stream().allMatch(e -> e.type().equals("SANCTION")));
  }

  @Test
  void aBackerNamedInAModifierDoesNotOwnThePhrase() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/3/dep -/HYPH/-/3/punct backed/VBN/back/5/amod separatist/JJ/separatist/5/amod"
            + " fighters/NNS/fighter/6/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/6/obj ./././6/punct").build();

    ActorMentions byHand = mentions(doc, ACTORS, "Russian", "RUS", "Ukraine", "UKR");
    ActorMentions withText = ActorMentions.of(byHand.mentions(), ACTORS, doc.text());

    Event e = only(new EventFinder().find(doc, withText, List.of(), List.of(), List.of()));

    assertEquals(List.of(), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void callingAnActSomethingAsksNothingAndDoesNothing() {
    AnnotatedText named = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj called/VBD/call/0/root the/DT/the/4/det strikes/NNS/strike/2/obj"
            + " a/DT/a/6/det violation/NN/violation/2/xcomp ./././2/punct").build();
    AnnotatedText request = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj called/VBD/call/0/root on/IN/on/4/case Russia/NNP/russia/2/obl"
            + " to/TO/to/6/mark withdraw/VB/withdraw/2/xcomp ./././2/punct").build();

    AnnotatedText adjective = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj called/VBD/call/0/root the/DT/the/4/det accusations/NNS/accusation/2/obj"
            + " baseless/JJ/baseless/4/amod ./././2/punct").build();

    List<Event> naming = find(named, "Britain", "GBR");

    assertTrue(naming.stream().noneMatch(e -> e.actors().contains("GBR")), naming.toString());
    assertTrue(find(adjective, "Britain", "GBR").stream().noneMatch(e -> e.actors().contains("GBR")),
        "an adjective after the object is what the object is called");
    assertEquals("REQUEST", main(request, "Britain", "GBR", "Russia", "RUS").type());
  }

  @Test
  void droneStrikesMisreadAsAVerbKeepTheirDoerAndTarget() {
    // the tagger reads "drone" as a verb whose object is "strikes"
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root drone/VB/drone/2/xcomp strikes/NNS/strike/3/obj"
            + " on/IN/on/6/case Ukraine/NNP/ukraine/3/obl ./././2/punct").build();

    Event e = only(find(doc, "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void forcingAMissionOutOfTheCountryIsASanction() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj forced/VBD/force/0/root the/DT/the/5/det UN/NNP/un/5/compound"
            + " mission/NN/mission/2/obj out/IN/out/9/case of/IN/of/9/case the/DT/the/9/det"
            + " country/NN/country/2/obl ./././2/punct").build();

    Event e = main(doc, "Russia", "RUS", "UN", "UN");

    assertEquals("SANCTION", e.type());
    assertEquals(List.of("UN"), e.recipients());
  }

  @Test
  void sendingPeacekeepersIsAid() {
    AnnotatedText verb = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj deployed/VBD/deploy/0/root peacekeeping/NN/peacekeeping/4/compound"
            + " troops/NNS/troop/2/obj to/IN/to/6/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();
    AnnotatedText noun = HandText.create().sentence(
        "The/DT/the/2/det deployment/NN/deployment/6/nsubj of/IN/of/5/case British/JJ/british/5/amod"
            + " peacekeepers/NNS/peacekeeper/2/nmod began/VBD/begin/0/root ./././6/punct").build();
    AnnotatedText soldiers = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj deployed/VBD/deploy/0/root troops/NNS/troop/2/obj to/IN/to/5/case"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = main(verb, "Britain", "GBR", "Ukraine", "UKR");
    assertEquals("AID", e.type());
    assertEquals("peacekeeping", e.mode());
    assertEquals("AID", main(noun, "British", "GBR").type());
    assertEquals("MOBILIZE", main(soldiers, "Britain", "GBR", "Ukraine", "UKR").type());
  }

  @Test
  void aWeightOfMedicineIsAid() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj handed/VBD/hand/0/root over/RP/over/2/compound:prt 50/CD/50/5/nummod"
            + " kg/NN/kg/2/obj of/IN/of/7/case medicine/NN/medicine/5/nmod to/IN/to/9/case"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Ukraine", "UKR");

    assertEquals("AID", e.type());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void endingTalksIsASanction() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj ended/VBD/end/0/root talks/NNS/talk/2/obj with/IN/with/5/case"
            + " Russia/NNP/russia/3/nmod ./././2/punct").build();

    Event e = only(find(doc, "Britain", "GBR", "Russia", "RUS"));

    assertEquals("SANCTION", e.type());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void aWarningThatAnotherPartyMustActIsARequestToIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj issued/VBD/issue/0/root a/DT/a/4/det warning/NN/warning/2/obj"
            + " to/IN/to/6/case Russia/NNP/russia/2/obl that/IN/that/10/mark it/PRP/it/10/nsubj"
            + " must/MD/must/10/aux withdraw/VB/withdraw/2/ccomp ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Russia", "RUS");

    assertEquals("REQUEST", e.type());
    assertEquals(List.of("GBR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void aStateOfEmergencyIsCoercion() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj declared/VBD/declare/0/root a/DT/a/4/det state/NN/state/2/obj"
            + " of/IN/of/6/case emergency/NN/emergency/4/nmod ./././2/punct").build();

    Event e = main(doc, "Ukraine", "UKR");

    assertEquals("COERCE", e.type());
    assertEquals(List.of("UKR"), e.actors());
  }

  @Test
  void stoppingWorkIsAStrike() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukrainian/JJ/ukrainian/2/amod miners/NNS/miner/3/nsubj stopped/VBD/stop/0/root work/NN/work/3/obj"
            + " ./././3/punct").build();

    Event e = main(doc, "Ukrainian", "UKR");

    assertEquals("PROTEST", e.type());
    assertEquals("strike", e.mode());
  }

  @Test
  void mobilizingVotersIsNoShowOfForce() {
    AnnotatedText voters = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj mobilized/VBD/mobilize/0/root voters/NNS/voter/2/obj ./././2/punct").build();
    AnnotatedText reserves = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj mobilized/VBD/mobilize/0/root reservists/NNS/reservist/2/obj ./././2/punct").build();

    assertTrue(find(voters, "Russia", "RUS").isEmpty());
    assertEquals("MOBILIZE", only(find(reserves, "Russia", "RUS")).type());
  }

  @Test
  void wordsOfTheSameKindAsTheLexiconsCodeLikeThem() {
    String[][] cases = {
        {"hijacked", "hijack", "ASSAULT"}, {"executed", "execute", "ASSAULT"}, {"bombarded", "bombard", "ASSAULT"},
        {"censured", "censure", "ACCUSE"}, {"deplored", "deplore", "ACCUSE"}, {"hailed", "hail", "SUPPORT"},
        {"congratulated", "congratulate", "SUPPORT"}, {"picketed", "picket", "PROTEST"}};
    for (String[] c : cases) {
      AnnotatedText doc = HandText.create().sentence(
          "Russia/NNP/russia/2/nsubj " + c[0] + "/VBD/" + c[1] + "/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct").build();
      assertEquals(c[2], main(doc, "Russia", "RUS", "Ukraine", "UKR").type(), c[0]);
    }
    AnnotatedText phrasal = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj cracked/VBD/crack/0/root down/RP/down/2/compound:prt on/IN/on/5/case"
            + " protesters/NNS/protester/2/obl ./././2/punct").build();
    assertEquals("COERCE", main(phrasal, "Russia", "RUS").type());
  }

  private static List<Event> find(AnnotatedText doc, String... pairs) {
    return new EventFinder().find(doc, mentions(doc, ACTORS, pairs), List.of(), List.of(), List.of());
  }

  private static Event main(AnnotatedText doc, String... pairs) {
    return new EventFinder().mainEvent(doc, doc.sentences().get(0), mentions(doc, ACTORS, pairs), List.of());
  }
}
