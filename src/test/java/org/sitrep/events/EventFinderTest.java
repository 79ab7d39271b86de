package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.time.TimeExpression;

class EventFinderTest {
  private static final List<Actor> STATES = List.of(
      new Actor("PRK", "North Korea", "country", "PRK", null, List.of()),
      new Actor("RUS", "Russia", "country", "RUS", null, List.of()),
      new Actor("UKR", "Ukraine", "country", "UKR", null, List.of()),
      new Actor("GBR", "United Kingdom", "country", "GBR", null, List.of()),
      new Actor("rus-armed-forces", "Russian armed forces", "organization", "RUS", "RUS", List.of()),
      new Actor("ivanov", "Ivanov", "person", null, null, List.of()));

  @Test
  void sendingTroopsToAStateIsMobilize() {
    AnnotatedText doc = HandText.create().sentence(
        "North/NNP/north/2/compound Korea/NNP/korea/3/nsubj sent/VBD/send/0/root troops/NNS/troop/3/obj"
            + " to/TO/to/6/case Russia/NNP/russia/3/obl ./././3/punct").build();

    Event e = only(find(doc, List.of(), "North Korea", "PRK", "Russia", "RUS"));

    assertEquals("MOBILIZE", e.type());
    assertEquals("troops", e.mode());
    assertEquals(List.of("PRK"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
    assertFalse(e.negated() || e.hypothetical() || e.future());
    assertEquals(EventFinder.FINDER, e.finder());
    assertEquals(doc.text(), e.evidence().get(0).text());
  }

  @Test
  void peopleAmongTheWoundedSufferedTheAttack() {
    AnnotatedText doc = HandText.create().sentence(
        "Three/CD/three/2/nummod Britons/NNPS/briton/6/nsubj were/VBD/be/6/cop among/IN/among/6/case"
            + " the/DT/the/6/det wounded/VBN/wound/0/root ./././6/punct").build();

    Event e = only(find(doc, List.of(), "Britons", "GBR"));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of(), e.actors());
    assertEquals(List.of("GBR"), e.recipients());
  }

  @Test
  void aSubjectOwnedByAPronounIsWhoeverThePronounStandsFor() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj said/VBD/say/0/root its/PRP$/its/4/nmod:poss units/NNS/unit/6/nsubj"
            + " had/VBD/have/6/aux attacked/VBN/attack/2/ccomp Kupiansk/NNP/kupiansk/6/obj ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Kupiansk", "UKR"));

    assertEquals(List.of("RUS"), e.actors());
  }

  @Test
  void anActThatIsTheSubjectOfARejectionIsNotNegated() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj accused/VBD/accuse/6/csubj Russia/NNP/russia/2/obj ,/,/,/2/punct"
            + " Moscow/NNP/moscow/6/nsubj rejected/VBD/reject/0/root ./././6/punct").build();

    Event accused = find(doc, List.of(), "Ukraine", "UKR", "Russia", "RUS", "Moscow", "RUS").stream()
        .filter(e -> e.trigger().equals("accused")).findFirst().orElseThrow();

    assertFalse(accused.negated());
  }

  @Test
  void anActJoinedToADenialIsNotNegated() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj denied/VBD/deny/0/root any/DT/any/4/det role/NN/role/2/obj"
            + " and/CC/and/6/cc accused/VBD/accuse/2/conj Ukraine/NNP/ukraine/6/obj ./././2/punct").build();
    AnnotatedText taken = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj denied/VBD/deny/0/root attacking/VBG/attack/2/xcomp"
            + " Ukraine/NNP/ukraine/3/obj ./././2/punct").build();

    Event accused = find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR").stream()
        .filter(e -> e.trigger().equals("accused")).findFirst().orElseThrow();
    Event attacking = find(taken, List.of(), "Russia", "RUS", "Ukraine", "UKR").stream()
        .filter(e -> e.trigger().equals("attacking")).findFirst().orElseThrow();

    assertFalse(accused.negated());
    assertTrue(attacking.negated());
  }

  @Test
  void armsSentToNoOneAreADeploymentAndToSomeoneAid() {
    AnnotatedText around = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj sent/VBD/send/0/root 45/CD/45/4/nummod aircraft/NN/aircraft/2/obj"
            + " around/IN/around/6/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();
    AnnotatedText to = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj sent/VBD/send/0/root missiles/NNS/missile/2/obj"
            + " to/IN/to/5/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event deployed = only(find(around, List.of(), "Russia", "RUS"));
    Event aid = only(find(to, List.of(), "Britain", "GBR", "Ukraine", "UKR"));

    assertEquals("MOBILIZE", deployed.type());
    assertEquals("weapons", deployed.mode());
    assertEquals("AID", aid.type());
    assertEquals("military", aid.mode());
  }

  @Test
  void aidSomeoneNeedsIsNoAidGiven() {
    AnnotatedText need = HandText.create().sentence(
        "Half/NN/half/6/nsubj of/IN/of/5/case Sudan/NNP/sudan/5/nmod:poss 's/POS/'s/3/case people/NNS/person/1/nmod"
            + " need/VBP/need/0/root aid/NN/aid/6/obj ./././6/punct").build();
    AnnotatedText gave = HandText.create().sentence(
        "Sudan/NNP/sudan/3/nmod:poss 's/POS/'s/1/case aid/NN/aid/4/nsubj reached/VBD/reach/0/root"
            + " Chad/NNP/chad/4/obj ./././4/punct").build();

    assertEquals(List.of(), find(need, List.of(), "Sudan", "SDN"));
    assertEquals("AID", only(find(gave, List.of(), "Sudan", "SDN", "Chad", "TCD")).type());
  }

  @Test
  void aNameGivenInARelativeClauseRequestsNothing() {
    AnnotatedText doc = HandText.create().sentence(
        "drills/NNS/drill/0/root ,/,/,/1/punct which/WDT/which/5/obj Russia/NNP/russia/5/nsubj"
            + " called/VBD/call/1/acl:relcl Zapad/NNP/zapad/5/obj ./././1/punct").build();

    assertTrue(find(doc, List.of(), "Russia", "RUS").stream().noneMatch(e -> e.type().equals("REQUEST")));
  }

  @Test
  void whoeverClaimsAnAttackCarriedItOut() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj claimed/VBD/claim/0/root a/DT/a/5/det missile/NN/missile/5/compound"
            + " attack/NN/attack/2/obj on/IN/on/7/case Ukraine/NNP/ukraine/5/nmod ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void notIsNegated() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod withdraw/VB/withdraw/0/root"
            + " its/PRP$/its/6/nmod:poss troops/NNS/troop/4/obj ./././4/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS"));

    assertEquals("RETREAT", e.type());
    assertTrue(e.negated());
  }

  @Test
  void couldIsHypotheticalAndWillIsFuture() {
    AnnotatedText could = HandText.create().sentence(
        "North/NNP/north/2/compound Korea/NNP/korea/4/nsubj could/MD/could/4/aux deploy/VB/deploy/0/root"
            + " more/JJR/more/6/amod troops/NNS/troop/4/obj ./././4/punct").build();
    AnnotatedText will = HandText.create().sentence(
        "Russia/NNP/russia/3/nsubj will/MD/will/3/aux attack/VB/attack/0/root Ukraine/NNP/ukraine/3/obj"
            + " ./././3/punct").build();

    assertTrue(only(find(could, List.of(), "North Korea", "PRK")).hypothetical());
    Event e = only(find(will, List.of(), "Russia", "RUS", "Ukraine", "UKR"));
    assertTrue(e.future());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void shellsFiredByNoOneNamedAttackTheStateWhereTheyStruck() {
    AnnotatedText doc = HandText.create().sentence(
        "Shells/NNS/shell/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det market/NN/market/2/obj"
            + " in/IN/in/6/case Kharkiv/NNP/kharkiv/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Kharkiv");
    Place kharkiv = new Place("Kharkiv", "Kharkiv", "UKR", 50.0, 36.2, "locality", at, at + 7);

    Event e = only(find(doc, List.of(kharkiv)));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void anUnnamedSuicideBomberAttacksTheStateWhereHeStruck() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/3/det suicide/NN/suicide/3/compound bomber/NN/bomber/4/nsubj killed/VBD/kill/0/root"
            + " 13/CD/13/6/nummod recruits/NNS/recruit/4/obj in/IN/in/8/case Mogadishu/NNP/mogadishu/4/obl"
            + " ./././4/punct").build();
    int at = doc.text().indexOf("Mogadishu");
    Place mogadishu = new Place("Mogadishu", "Mogadishu", "SOM", 2.0, 45.3, "locality", at, at + 9);

    Event e = only(find(doc, List.of(mogadishu)));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of("SOM"), e.recipients());
  }

  @Test
  void unnamedGunmenAttackTheStateWhereTheyStruck() {
    AnnotatedText doc = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root 12/CD/12/4/nummod people/NNS/person/2/obj"
            + " in/IN/in/6/case Kano/NNP/kano/2/obl ./././2/punct").build();
    AnnotatedText named = HandText.create().sentence(
        "Officials/NNS/official/2/nsubj met/VBD/meet/0/root in/IN/in/4/case Kano/NNP/kano/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Kano");
    Place kano = new Place("Kano", "Kano", "NGA", 12.0, 8.5, "locality", at, at + 4);
    int at2 = named.text().indexOf("Kano");
    Place kano2 = new Place("Kano", "Kano", "NGA", 12.0, 8.5, "locality", at2, at2 + 4);

    Event e = only(find(doc, List.of(kano)));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of(), e.actors());
    assertEquals(List.of("NGA"), e.recipients());
    assertEquals("Kano", e.place().name());
    assertEquals(List.of(), find(named, List.of(kano2)), "a meeting of no one named is no event");
    AnnotatedText fighters = HandText.create().sentence(
        "Fighters/NNS/fighter/2/nsubj killed/VBD/kill/0/root 12/CD/12/4/nummod people/NNS/person/2/obj"
            + " in/IN/in/6/case Kano/NNP/kano/2/obl ./././2/punct").build();
    int at3 = fighters.text().indexOf("Kano");
    Place kano3 = new Place("Kano", "Kano", "NGA", 12.0, 8.5, "locality", at3, at3 + 4);
    assertEquals(List.of("NGA"), only(find(fighters, List.of(kano3))).recipients(), "unnamed fighters too");
  }

  @Test
  void whereGunmenTookPeopleFromIsWhereTheyStruck() {
    String text = "Gunmen/NNS/gunman/2/nsubj abducted/VBD/abduct/0/root 20/CD/20/4/nummod pupils/NNS/pupil/2/obj"
        + " from/IN/from/7/case a/DT/a/7/det school/NN/school/2/obl in/IN/in/9/case Kano/NNP/kano/7/nmod ./././2/punct";
    AnnotatedText doc = HandText.create().sentence(text).build();
    int at = doc.text().indexOf("Kano");
    Place kano = new Place("Kano", "Kano", "NGA", 12.0, 8.5, "locality", at, at + 4);
    AnnotatedText fired = HandText.create().sentence(text.replace("abducted/VBD/abduct", "shelled/VBD/shell")).build();
    int at2 = fired.text().indexOf("Kano");
    Place kano2 = new Place("Kano", "Kano", "NGA", 12.0, 8.5, "locality", at2, at2 + 4);

    Event e = only(find(doc, List.of(kano)));

    assertEquals("abduct", e.mode());
    assertEquals("Kano", e.place().name());
    assertEquals(List.of(), find(fired, List.of(kano2)), "fired from a school: not where it struck");
  }

  @Test
  void membersOfAGangAttackTheStateWhereTheyStruckNamedByItsRegion() {
    AnnotatedText doc = HandText.create().sentence(
        "Members/NNS/member/5/nsubj of/IN/of/4/case the/DT/the/4/det gang/NN/gang/1/nmod killed/VBD/kill/0/root"
            + " 70/CD/70/7/nummod people/NNS/person/5/obj in/IN/in/12/case Haiti/NNP/haiti/12/nmod:poss"
            + " 's/POS/'s/9/case Artibonite/NNP/artibonite/12/compound region/NN/region/5/obl ./././5/punct").build();
    AnnotatedText owner = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root 12/CD/12/4/nummod people/NNS/person/2/obj"
            + " on/IN/on/8/case Haiti/NNP/haiti/8/nmod:poss 's/POS/'s/6/case orders/NNS/order/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Haiti");
    Place haiti = new Place("Haiti", "Haiti", "HTI", 19.0, -72.4, "country", at, at + 5);
    int at2 = owner.text().indexOf("Haiti");
    Place haiti2 = new Place("Haiti", "Haiti", "HTI", 19.0, -72.4, "country", at2, at2 + 5);

    Event e = only(find(doc, List.of(haiti)));

    assertEquals(List.of("HTI"), e.recipients());
    assertEquals("Haiti", e.place().name());
    assertEquals(List.of(), find(owner, List.of(haiti2)), "the owner of no part of a place places nothing");
  }

  @Test
  void aRelativeClauseDeepInsideTheHarmedIsNoPartOfThem() {
    // the parser hangs the trailing "the opposition NUG said" on an apposition of the students
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj killed/VBD/kill/0/root 17/CD/17/4/nummod people/NNS/person/2/obj ,/,/,/4/punct"
            + " including/VBG/include/8/case 13/CD/13/8/nummod students/NNS/student/4/nmod ,/,/,/8/punct"
            + " the/DT/the/8/appos opposition/NN/opposition/12/nsubj said/VBD/say/10/acl:relcl"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "opposition", "UKR-OPP"));

    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of(), e.recipients(), "the reporter is not among the harmed");
  }

  @Test
  void aReporterHungOnTheNumberHarmedIsNoPartOfTheHarmed() {
    // "Russia killed 12 and wounded 43, governor Syniehubov said", with "said" hung on the 43
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj wounded/VBD/wound/0/root 43/CD/43/2/obj ,/,/,/3/punct"
            + " governor/NN/governor/6/compound Syniehubov/NNP/syniehubov/7/nsubj said/VBD/say/3/dep"
            + " ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Syniehubov", "oleh-syniehubov"));

    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of(), e.recipients(), "the reporter is not among the harmed");
  }

  @Test
  void aWordInsideANameIsNoTrigger() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det Rapid/NNP/rapid/3/compound Support/NN/support/4/compound Forces/NNPS/forces/5/nsubj"
            + " attacked/VBD/attack/0/root Ukraine/NNP/ukraine/5/obj ./././5/punct").build();
    String name = "Rapid Support Forces";
    int at = doc.text().indexOf(name);
    Actor rsf = new Actor("RSF", name, "organization", "SDN", null, List.of());
    ActorMentions named = ActorMentions.of(List.of(new ResolvedMention(at, at + name.length(), name, "RSF",
        "actors.catalog.name")), List.of(rsf));

    List<Event> events = new EventFinder().find(doc, named, List.of(), List.of(), List.of());

    assertEquals(List.of("ASSAULT"), events.stream().map(Event::type).toList());
  }

  @Test
  void anUnclaimedStrikeThatKillsAttacksTheStateWhereItHit() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/3/det drone/NN/drone/3/compound strike/NN/strike/7/nsubj in/IN/in/5/case Kutum/NNP/kutum/3/nmod"
            + " has/VBZ/have/7/aux killed/VBN/kill/0/root 37/CD/37/9/nummod people/NNS/person/7/obj"
            + " ./././7/punct").build();
    int at = doc.text().indexOf("Kutum");
    Place kutum = new Place("Kutum", "Kutum", "SDN", 14.2, 24.7, "locality", at, at + 5);

    Event e = only(find(doc, List.of(kutum)));

    assertEquals("ASSAULT", e.type());
    assertEquals(List.of(), e.actors());
    assertEquals(List.of("SDN"), e.recipients());
  }

  @Test
  void anUnclaimedBombingFallsOnThoseItKilledWhenTheyAreNamed() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det bombing/NN/bombing/5/nsubj near/IN/near/4/case Belgorod/NNP/belgorod/2/nmod"
            + " killed/VBD/kill/0/root two/CD/two/8/nummod Ukrainian/JJ/ukrainian/8/amod soldiers/NNS/soldier/5/obj"
            + " ./././5/punct").build();
    int at = doc.text().indexOf("Belgorod");
    Place belgorod = new Place("Belgorod", "Belgorod", "RUS", 50.6, 36.6, "locality", at, at + 8);

    Event e = only(find(doc, List.of(belgorod), "Ukrainian", "UKR"));

    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void anAttackAbroadThatNamesNoTargetFallsOnTheStateStruck() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det refinery/NN/refinery/2/obj"
            + " in/IN/in/6/case Saratov/NNP/saratov/4/nmod ./././2/punct").build();
    AnnotatedText home = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det column/NN/column/2/obj"
            + " in/IN/in/6/case Kupiansk/NNP/kupiansk/4/nmod ./././2/punct").build();
    int at = doc.text().indexOf("Saratov");
    Place saratov = new Place("Saratov", "Saratov", "RUS", 51.5, 46.0, "locality", at, at + 7);
    int at2 = home.text().indexOf("Kupiansk");
    Place kupiansk = new Place("Kupiansk", "Kupiansk", "UKR", 49.7, 37.6, "locality", at2, at2 + 8);

    Event e = only(find(doc, List.of(saratov), "Ukraine", "UKR"));
    Event h = only(find(home, List.of(kupiansk), "Ukraine", "UKR"));

    assertEquals(List.of("UKR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
    assertEquals(List.of(), h.recipients(), "at home, the target is not the state");
  }

  @Test
  void anAttackNounThatHitSomethingTakesThePlaceAndDayOfItsVerb() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/3/det drone/NN/drone/3/compound strike/NN/strike/4/nsubj hit/VBD/hit/0/root a/DT/a/6/det"
            + " station/NN/station/4/obj in/IN/in/8/case Amhara/NNP/amhara/4/obl on/IN/on/10/case"
            + " Saturday/NNP/saturday/4/obl ./././4/punct").build();
    int at = doc.text().indexOf("Amhara");
    Place amhara = new Place("Amhara", "Amhara Region", "ETH", 11.5, 38.5, "region", at, at + 6);
    int sat = doc.text().indexOf("Saturday");
    TimeExpression saturday = new TimeExpression("Saturday", sat, sat + 8, "DATE", "2026-06-20");

    Event e = only(new EventFinder().find(doc, mentions(doc), List.of(saturday), List.of(amhara), List.of()));

    assertEquals("ASSAULT", e.type());
    assertEquals("Amhara Region", e.place().name());
    assertEquals(List.of("ETH"), e.recipients());
    assertEquals("2026-06-20", e.time().value());
  }

  @Test
  void aTimeOfAKnownDayDatesTheEvent() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj"
            + " overnight/RB/overnight/2/advmod ./././2/punct").build();
    int at = doc.text().indexOf("overnight");
    TimeExpression night = new TimeExpression("overnight", at, at + 9, "TIME", "2026-11-22TNI");
    TimeExpression noon = new TimeExpression("overnight", at, at + 9, "TIME", "T12:00");

    Event e = only(new EventFinder().find(doc, mentions(doc, "Russia", "RUS", "Ukraine", "UKR"), List.of(night),
        List.of(), List.of()));
    Event n = only(new EventFinder().find(doc, mentions(doc, "Russia", "RUS", "Ukraine", "UKR"), List.of(noon),
        List.of(), List.of()));

    assertEquals("2026-11-22TNI", e.time().value());
    assertNull(n.time(), "a time of no known day dates nothing");
  }

  @Test
  void aDateInAClauseBelowAnArgumentIsThatClausesNotTheEvents() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj in/IN/in/6/case"
            + " the/DT/the/6/det war/NN/war/2/obl ,/,/,/6/punct which/WDT/which/9/nsubj began/VBD/begin/6/acl:relcl"
            + " on/IN/on/11/case Monday/NNP/monday/9/obl ./././2/punct").build();
    AnnotatedText own = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj on/IN/on/5/case"
            + " Monday/NNP/monday/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Monday");
    int at2 = own.text().indexOf("Monday");

    Event e = only(new EventFinder().find(doc, mentions(doc, "Russia", "RUS", "Ukraine", "UKR"),
        List.of(new TimeExpression("Monday", at, at + 6, "DATE", "2026-11-23")), List.of(), List.of()));
    Event o = only(new EventFinder().find(own, mentions(own, "Russia", "RUS", "Ukraine", "UKR"),
        List.of(new TimeExpression("Monday", at2, at2 + 6, "DATE", "2026-11-23")), List.of(), List.of()));

    assertNull(e.time(), "the day the war began");
    assertEquals("2026-11-23", o.time().value());
  }

  @Test
  void aPronounSomeOfWhichAreCountedIsThePeopleNotAnActor() {
    AnnotatedText doc = HandText.create()
        .sentence("Rebels/NNS/rebel/2/nsubj attacked/VBD/attack/0/root Russia/NNP/russia/2/obj ./././2/punct")
        .sentence("70/CD/70/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " ,/,/,/6/punct many/JJ/many/4/obj of/IN/of/8/case them/PRP/they/6/nmod ./././4/punct").build();

    List<Event> events = find(doc, List.of(), "Russia", "RUS");

    assertTrue(events.stream().filter(e -> e.trigger().equals("wounded")).noneMatch(e -> e.recipients().contains("RUS")),
        events.toString());
  }

  @Test
  void aWarIsNoDoerNorIsWhoseWarItIs() {
    AnnotatedText doc = HandText.create().sentence(
        "Sudan/NNP/sudan/3/nmod:poss 's/POS/'s/1/case war/NN/war/4/nsubj killed/VBD/kill/0/root"
            + " thousands/NNS/thousand/4/obj ./././4/punct").build();

    List<Event> events = find(doc, List.of(), "Sudan", "SDN");

    assertTrue(events.stream().noneMatch(e -> e.actors().contains("SDN")), events.toString());
  }

  @Test
  void whatIsTakenIsTakenFromSomeone() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj seized/VBD/seize/0/root the/DT/the/4/det city/NN/city/2/obj in/IN/in/6/case"
            + " Georgia/NNP/georgia/4/nmod from/IN/from/8/case Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Georgia", "GEO", "Ukraine", "UKR"));

    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void peoplePulledOutAreRescuedNotAWithdrawal() {
    AnnotatedText families = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj pulled/VBD/pull/0/root out/RP/out/2/compound:prt entire/JJ/entire/5/amod"
            + " families/NNS/family/2/obj ./././2/punct").build();
    AnnotatedText troops = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj pulled/VBD/pull/0/root out/RP/out/2/compound:prt its/PRP$/its/5/nmod:poss"
            + " troops/NNS/troop/2/obj ./././2/punct").build();

    assertEquals(List.of(), find(families, List.of(), "Ukraine", "UKR"));
    assertEquals("RETREAT", only(find(troops, List.of(), "Ukraine", "UKR")).type());
  }

  @Test
  void aWarningOfWhatMayHappenToNoOneNamedThreatensNothing() {
    AnnotatedText famine = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj warned/VBD/warn/0/root that/IN/that/6/mark parts/NNS/part/6/nsubj"
            + " could/MD/could/6/aux slide/VB/slide/2/ccomp into/IN/into/8/case famine/NN/famine/6/obl ./././2/punct").build();
    AnnotatedText police = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj warned/VBD/warn/0/root that/IN/that/6/mark Russia/NNP/russia/6/nsubj"
            + " could/MD/could/6/aux regret/VB/regret/2/ccomp it/PRP/it/6/obj ./././2/punct").build();

    assertTrue(find(famine, List.of(), "Britain", "GBR").stream().noneMatch(e -> e.type().equals("THREATEN")),
        () -> find(famine, List.of(), "Britain", "GBR").toString());
    assertTrue(find(police, List.of(), "Britain", "GBR", "Russia", "RUS").stream().anyMatch(e -> e.type().equals("THREATEN")), () -> find(police, List.of(), "Britain", "GBR", "Russia", "RUS").toString() + 
        "a warning to someone named stays a threat");
  }

  @Test
  void aPlaceInAHyphenatedModifierIsNotTheEventsPlace() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj accused/VBD/accuse/0/root the/DT/the/7/det Russia/NNP/russia/6/obl"
            + " -/HYPH/-/6/punct backed/VBN/back/7/amod rebels/NNS/rebel/2/obj ./././2/punct").build();
    int at = doc.text().indexOf("Russia");
    Place russia = new Place("Russia", "Russia", "RUS", 61.5, 105.3, "country", at, at + 6);

    List<Event> events = find(doc, List.of(russia), "Ukraine", "UKR");

    assertNull(only(events).place());
  }

  @Test
  void placeMentionedInPassingIsNotTheEventsPlace() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj"
            + " for/IN/for/7/case the/DT/the/7/det first/JJ/first/7/amod time/NN/time/2/obl"
            + " since/IN/since/9/case Bristol/NNP/bristol/7/nmod ./././2/punct").build();
    int at = doc.text().indexOf("Bristol");
    Place bristol = new Place("Bristol", "Bristol", "GBR", 51.45, -2.59, "locality", at, at + 7);

    Event e = only(find(doc, List.of(bristol), "Russia", "RUS", "Ukraine", "UKR"));

    assertNull(e.place());
  }

  @Test
  void placeInAClauseOfItsOwnIsNotTheEventsPlace() {
    // "Russia struck Ukraine in Dnipro while envoys in Geneva talked"
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj struck/VBD/strike/0/root Ukraine/NNP/ukraine/2/obj in/IN/in/5/case"
            + " Dnipro/NNP/dnipro/2/obl while/IN/while/10/mark envoys/NNS/envoy/10/nsubj in/IN/in/9/case"
            + " Geneva/NNP/geneva/7/nmod talked/VBD/talk/2/advcl ./././2/punct").build();
    int d = doc.text().indexOf("Dnipro");
    int g = doc.text().indexOf("Geneva");
    Place dnipro = new Place("Dnipro", "Dnipro", "UKR", 48.45, 34.98, "region", d, d + 6);
    Place geneva = new Place("Geneva", "Geneva", "CHE", 46.2, 6.15, "locality", g, g + 6);

    Event e = find(doc, List.of(dnipro, geneva), "Russia", "RUS", "Ukraine", "UKR").get(0);
    // "Britain sanctioned Russia, accusing it of attacks in Dnipro": the participle hangs as "dep"
    AnnotatedText participle = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj sanctioned/VBD/sanction/0/root Russia/NNP/russia/2/obj ,/,/,/2/punct"
            + " accusing/VBG/accuse/2/dep it/PRP/it/5/obj of/IN/of/8/case attacks/NNS/attack/5/obl"
            + " in/IN/in/10/case Dnipro/NNP/dnipro/8/nmod ./././2/punct").build();
    int p = participle.text().indexOf("Dnipro");
    Place there = new Place("Dnipro", "Dnipro", "UKR", 48.45, 34.98, "locality", p, p + 6);
    Event sanction = find(participle, List.of(there), "Britain", "GBR", "Russia", "RUS").stream()
        .filter(x -> x.type().equals("SANCTION")).findFirst().orElseThrow();

    assertEquals("ASSAULT", e.type());
    assertEquals("Dnipro", e.place().name());
    assertNull(sanction.place());
  }

  @Test
  void placeInTheTriggersPhraseIsTheEventsPlace() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj struck/VBD/strike/0/root Ukraine/NNP/ukraine/2/obj in/IN/in/5/case"
            + " Dnipro/NNP/dnipro/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Dnipro");
    Place dnipro = new Place("Dnipro", "Dnipro", "UKR", 48.45, 34.98, "locality", at, at + 6);

    Event e = only(find(doc, List.of(dnipro), "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals("ASSAULT", e.type());
    assertEquals("Dnipro", e.place().name());
  }

  @Test
  void mentionsOfOneEventMergeWithEveryEvidenceSpan() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct")
        .sentence("The/DT/the/2/det attack/NN/attack/3/nsubj lasted/VBD/last/0/root hours/NNS/hour/3/obj ./././3/punct")
        .build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals(2, e.evidence().size());
  }

  @Test
  void theTwoCountriesAreTheLastTwoStatesNamed() {
    AnnotatedText doc = HandText.create()
        .sentence("North/NNP/north/2/compound Korea/NNP/korea/3/nsubj backs/VBZ/back/0/root Russia/NNP/russia/3/obj ./././3/punct")
        .sentence("The/DT/the/3/det two/CD/two/3/nummod countries/NNS/country/4/nsubj signed/VBD/sign/0/root"
            + " a/DT/a/6/det treaty/NN/treaty/4/obj ./././4/punct")
        .build();

    List<Event> events = find(doc, List.of(), "North Korea", "PRK", "Russia", "RUS");

    Event agree = events.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
    assertEquals(List.of("RUS", "PRK"), agree.actors());
  }

  @Test
  void phrasalVerbWithItsParticleIsItsOwnTrigger() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj called/VBD/call/0/root off/RP/off/2/compound:prt the/DT/the/5/det"
            + " strike/NN/strike/2/obj ./././2/punct").build();

    assertEquals("CONCEDE", main(doc, "Ukraine", "UKR").type());
  }

  @Test
  void nounWithItsModifierIsItsOwnTrigger() {
    AnnotatedText doc = HandText.create().sentence(
        "Prisoners/NNS/prisoner/2/nsubj began/VBD/begin/0/root a/DT/a/5/det hunger/NN/hunger/5/compound"
            + " strike/NN/strike/2/obj ./././2/punct").build();

    Event e = main(doc);

    assertEquals("PROTEST", e.type());
    assertEquals("strike-hunger", e.mode());
  }

  @Test
  void participleUsedAsAdjectiveTriggersNothing() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj holds/VBZ/hold/0/root the/DT/the/5/det occupied/VBN/occupy/5/amod"
            + " territories/NNS/territory/2/obj ./././2/punct").build();

    assertNull(main(doc, "Russia", "RUS"));
  }

  @Test
  void mainEventIsTheTriggerNearestTheRootAndItsTargetComesFromTheThreatenedAct() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj threatened/VBD/threaten/0/root to/TO/to/4/mark attack/VB/attack/2/xcomp"
            + " Ukraine/NNP/ukraine/4/obj ./././2/punct").build();

    Event e = main(doc, "Russia", "RUS", "Ukraine", "UKR");

    assertEquals("THREATEN", e.type());
    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void sentenceCodingTakesTheTargetFromWhereTheActHappens() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/2/amod troops/NNS/troop/3/nsubj shelled/VBD/shell/0/root villages/NNS/village/3/obj"
            + " in/IN/in/6/case Ukraine/NNP/ukraine/3/obl ./././3/punct").build();

    Event e = main(doc, "Russian troops", "rus-armed-forces", "Ukraine", "UKR");

    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void sentenceCodingGivesADomesticActWithNoTargetTheActorsOwnState() {
    AnnotatedText doc = HandText.create().sentence(
        "Ivanov/NNP/ivanov/2/nsubj resigned/VBD/resign/0/root in/IN/in/4/case protest/NN/protest/2/obl"
            + " in/IN/in/6/case Russia/NNP/russia/2/obl ./././2/punct").build();

    Event e = main(doc, "Ivanov", "ivanov", "Russia", "RUS");

    assertEquals(List.of("ivanov", "RUS"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void anActWithNoActorInsideSpeechIsTheSpeakers() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj said/VBD/say/0/root sanctions/NNS/sanction/5/nsubj would/MD/would/5/aux"
            + " stay/VB/stay/2/ccomp on/IN/on/7/case Russia/NNP/russia/5/obl ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Russia", "RUS");

    assertEquals("SANCTION", e.type());
    assertEquals(List.of("GBR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void aThingStandsForWhoItsOwnModifiersNameBeforeAnyoneDeeperInside() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj condemned/VBD/condemn/0/root attacks/NNS/attack/2/obj by/IN/by/5/case"
            + " Russia/NNP/russia/3/nmod on/IN/on/7/case Ukraine/NNP/ukraine/3/nmod ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Russia", "RUS", "Ukraine", "UKR");

    assertEquals("ACCUSE", e.type());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void whatAHostileActIsOfIsItsTarget() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj began/VBD/begin/0/root the/DT/the/4/det blockade/NN/blockade/2/obj"
            + " of/IN/of/6/case Ukraine/NNP/ukraine/4/nmod ./././2/punct").build();

    List<Event> events = find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR");

    assertEquals("COERCE", events.get(0).type());
    assertEquals(List.of("UKR"), events.get(0).recipients());
  }

  @Test
  void promisedCooperativeActIsAgree() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/3/nsubj will/MD/will/3/aux withdraw/VB/withdraw/0/root its/PRP$/its/5/nmod:poss"
            + " troops/NNS/troop/3/obj ./././3/punct").build();

    assertEquals("AGREE", main(doc, "Russia", "RUS").type());
  }

  @Test
  void promisedHostileActIsThreaten() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/3/nsubj will/MD/will/3/aux attack/VB/attack/0/root Ukraine/NNP/ukraine/3/obj"
            + " ./././3/punct").build();

    assertEquals("THREATEN", main(doc, "Russia", "RUS", "Ukraine", "UKR").type());
  }

  @Test
  void cooperativeActNotDoneIsReject() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod withdraw/VB/withdraw/0/root"
            + " its/PRP$/its/6/nmod:poss troops/NNS/troop/4/obj ./././4/punct").build();

    assertEquals("REJECT", main(doc, "Russia", "RUS").type());
  }

  @Test
  void sayingAnotherPartyMustActIsARequestToIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Britain/NNP/britain/2/nsubj said/VBD/say/0/root Russia/NNP/russia/5/nsubj must/MD/must/5/aux"
            + " withdraw/VB/withdraw/2/ccomp ./././2/punct").build();

    Event e = main(doc, "Britain", "GBR", "Russia", "RUS");

    assertEquals("REQUEST", e.type());
    assertEquals(List.of("GBR"), e.actors());
    assertEquals(List.of("RUS"), e.recipients());
  }

  @Test
  void envoysFromTwoStatesActForBoth() {
    AnnotatedText doc = HandText.create().sentence(
        "Envoys/NNS/envoy/6/nsubj from/IN/from/3/case Russia/NNP/russia/1/nmod and/CC/and/5/cc"
            + " Britain/NNP/britain/3/conj met/VBD/meet/0/root Ukraine/NNP/ukraine/6/obj ./././6/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Britain", "GBR", "Ukraine", "UKR"));

    assertEquals(List.of("RUS", "GBR"), e.actors());
  }

  @Test
  void aPassiveConjunctsDoerIsNotTheOtherClausesSubject() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj sent/VBD/send/0/root troops/NNS/troop/2/obj and/CC/and/8/cc"
            + " 2,000/CD/2,000/6/nummod soldiers/NNS/soldier/8/nsubj:pass were/VBD/be/8/aux:pass"
            + " killed/VBN/kill/2/conj ./././2/punct").build();

    List<Event> events = find(doc, List.of(), "Russia", "RUS");

    assertTrue(events.stream().noneMatch(e -> e.type().equals("ASSAULT") && e.actors().contains("RUS")),
        () -> "events: " + events);
  }

  @Test
  void anAidGroupIsNoAid() {
    AnnotatedText doc = HandText.create().sentence(
        "Thousands/NNS/thousand/2/nsubj fled/VBD/flee/0/root to/IN/to/4/case China/NNP/china/2/obl ,/,/,/2/punct"
            + " according/VBG/accord/11/case to/IN/to/6/fixed a/DT/a/11/det local/JJ/local/11/amod"
            + " aid/NN/aid/11/compound group/NN/group/2/obl ./././2/punct").build();

    List<Event> events = find(doc, List.of(), "China", "CHN");

    assertTrue(events.stream().noneMatch(e -> e.type().equals("AID")), () -> "events: " + events);
  }

  @Test
  void whoCommentsOnAnAttackIsNotItsAttacker() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/4/nsubj has/VBZ/have/4/aux not/RB/not/4/advmod commented/VBN/comment/0/root"
            + " on/IN/on/7/case the/DT/the/7/det attack/NN/attack/4/obl ./././4/punct").build();

    List<Event> events = find(doc, List.of(), "Russia", "RUS");

    assertTrue(events.stream().noneMatch(e -> e.actors().contains("RUS")), () -> "events: " + events);
  }

  @Test
  void lightVerbGivesANounTriggerItsActorAndRecipient() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj held/VBD/hold/0/root talks/NNS/talk/2/obj with/IN/with/5/case"
            + " Ukraine/NNP/ukraine/2/obl ./././2/punct").build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR"));

    assertEquals("CONSULT", e.type());
    assertEquals(List.of("RUS"), e.actors());
    assertEquals(List.of("UKR"), e.recipients());
  }

  @Test
  void protestWithoutANamedTargetIsAgainstItsOwnState() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukrainians/NNPS/ukrainian/2/nsubj protested/VBD/protest/0/root ./././2/punct").build();

    assertEquals(List.of("UKR"), main(doc, "Ukrainians", "UKR").recipients());
  }

  @Test
  void unknownPersonStandsForTheStateItsPhraseNames() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/3/amod President/NNP/president/3/compound Ivanov/NNP/ivanov/4/nsubj"
            + " visited/VBD/visit/0/root Ukraine/NNP/ukraine/4/obj ./././4/punct").build();

    Event e = only(find(doc, List.of(), "Russian", "RUS", "Ivanov", "ivanov", "Ukraine", "UKR"));

    assertEquals(List.of("RUS"), e.actors());
  }

  @Test
  void armedForcesMergeWithTheStateTheyServe() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct")
        .sentence("Russian/JJ/russian/2/amod forces/NNS/force/3/nsubj attacked/VBD/attack/0/root"
            + " Ukraine/NNP/ukraine/3/obj ./././3/punct")
        .build();

    Event e = only(find(doc, List.of(), "Russia", "RUS", "Russian forces", "rus-armed-forces", "Ukraine", "UKR"));

    assertEquals(2, e.evidence().size());
    assertEquals(List.of("RUS"), e.actors());
  }

  @Test
  void differentActorsDoNotMerge() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct")
        .sentence("Britain/NNP/britain/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct")
        .build();

    assertEquals(2, find(doc, List.of(), "Russia", "RUS", "Britain", "GBR", "Ukraine", "UKR").size());
  }

  @Test
  void deniedEventDoesNotMergeWithTheAffirmedOne() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj ./././2/punct")
        .sentence("Russia/NNP/russia/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod attack/VB/attack/0/root"
            + " Ukraine/NNP/ukraine/4/obj ./././4/punct")
        .build();

    List<Event> events = find(doc, List.of(), "Russia", "RUS", "Ukraine", "UKR");

    assertEquals(2, events.size());
    assertTrue(events.get(1).negated());
  }

  private static List<Event> find(AnnotatedText doc, List<Place> places, String... pairs) {
    return new EventFinder().find(doc, mentions(doc, pairs), List.of(), places, List.of());
  }

  private static Event main(AnnotatedText doc, String... pairs) {
    return new EventFinder().mainEvent(doc, doc.sentences().get(0), mentions(doc, pairs), List.of());
  }

  /** Every whole-word occurrence of each name, resolved to its actor. */
  private static ActorMentions mentions(AnnotatedText doc, String... pairs) {
    return mentions(doc, STATES, pairs);
  }

  /** Every whole-word occurrence of each name, resolved to its actor among the given ones. */
  static ActorMentions mentions(AnnotatedText doc, List<Actor> actors, String... pairs) {
    List<ResolvedMention> ms = new ArrayList<>();
    String text = doc.text();
    for (int i = 0; i < pairs.length; i += 2) {
      for (int at = text.indexOf(pairs[i]); at >= 0; at = text.indexOf(pairs[i], at + 1)) {
        int end = at + pairs[i].length();
        if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
        ms.add(new ResolvedMention(at, end, pairs[i], pairs[i + 1], "test"));
      }
    }
    return ActorMentions.of(ms, actors);
  }

  static Event only(List<Event> events) {
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0);
  }
}
