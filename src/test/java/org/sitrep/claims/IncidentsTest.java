package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Claim;
import org.sitrep.time.TimeExpression;

/** Which figures count one incident, and what dates them. */
class IncidentsTest {

  @Test
  void aDayOnTheClauseAboveTheFigureMakesItAnIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det missile/NN/missile/3/nsubj struck/VBD/struck/0/root the/DT/the/5/det city/NN/city/3/obj"
            + " late/RB/late/8/advmod on/IN/on/8/case Friday/NNP/friday/3/obl ,/,/,/10/punct killing/VBG/kill/3/advcl"
            + " 14/CD/14/12/nummod people/NNS/people/10/obj ./././3/punct").build();
    TimeExpression friday = time(doc, "late on Friday", "DATE", "2025-03-07");

    Claim c = only(find(doc, List.of(friday), "14"));

    assertEquals("killed", c.measure());
    assertEquals("incident", c.kind());
    assertEquals("2025-03-07", c.time().value());
  }

  @Test
  void theNextSentenceOpeningWithTheAttackGivesAnUndatedIncidentItsDay() {
    AnnotatedText doc = HandText.create()
        .sentence("A/DT/a/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 23/CD/23/5/nummod"
            + " people/NNS/person/3/obj ./././3/punct")
        .sentence("The/DT/the/2/det strike/NN/strike/3/nsubj hit/VBD/hit/0/root the/DT/the/5/det"
            + " village/NN/village/3/obj on/IN/on/7/case Sunday/NNP/sunday/3/obl ./././3/punct").build();
    TimeExpression sunday = time(doc, "Sunday", "DATE", "2025-12-07");

    Claim c = only(find(doc, List.of(sunday), "23"));

    assertEquals("incident", c.kind());
    assertEquals("2025-12-07", c.time().value());
  }

  @Test
  void aSingleWeaponThatKilledMakesAnIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/3/det roadside/NN/roadside/3/compound bomb/NN/bomb/4/nsubj killed/VBD/kill/0/root"
            + " 5/CD/5/6/nummod soldiers/NNS/soldier/4/obj ./././4/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "5")).kind());
  }

  @Test
  void aSingleStrikeInTheFiguresClauseIsAnIncidentWithoutADate() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 14/CD/14/5/nummod"
            + " people/NNS/people/3/obj ./././3/punct").build();

    Claim c = only(find(doc, List.of(), "14"));

    assertEquals("incident", c.kind());
    assertNull(c.time());
  }

  @Test
  void strikesOverAWarAndAWarsTollAreTotals() {
    AnnotatedText plural = HandText.create().sentence(
        "Strikes/NNS/strike/3/nsubj have/VBP/have/3/aux killed/VBN/kill/0/root 12,000/CD/12,000/5/nummod"
            + " people/NNS/people/3/obj ./././3/punct").build();
    AnnotatedText since = HandText.create().sentence(
        "The/DT/the/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 14/CD/14/5/nummod"
            + " people/NNS/people/3/obj since/IN/since/7/case Friday/NNP/friday/3/obl ./././3/punct").build();

    assertEquals("total", only(find(plural, List.of(), "12,000")).kind());
    assertEquals("total", only(find(since, List.of(time(since, "Friday", "DATE", "2025-03-07")), "14")).kind());
  }

  @Test
  void aHarmTimedByAPastAttackIsThatAttacksIncident() {
    AnnotatedText when = HandText.create().sentence(
        "40/CD/40/2/nummod people/NNS/person/3/nsubj died/VBD/die/0/root when/WRB/when/6/advmod gangs/NNS/gang/6/nsubj"
            + " stormed/VBD/storm/3/advcl the/DT/the/8/det town/NN/town/6/obj ./././3/punct").build();
    AnnotatedText because = HandText.create().sentence(
        "40/CD/40/2/nummod people/NNS/person/3/nsubj died/VBD/die/0/root because/IN/because/6/mark gangs/NNS/gang/6/nsubj"
            + " stormed/VBD/storm/3/advcl the/DT/the/8/det town/NN/town/6/obj ./././3/punct").build();

    assertEquals("incident", only(find(when, List.of(), "40")).kind());
    assertEquals("total", only(find(because, List.of(), "40")).kind());
  }

  @Test
  void aSinceClauseOnAPerfectStartsARunningTotal() {
    AnnotatedText doc = HandText.create().sentence(
        "Since/IN/since/4/mark the/DT/the/3/det truce/NN/truce/4/nsubj began/VBD/begin/10/advcl"
            + " on/IN/on/6/case Friday/NNP/friday/4/obl ,/,/,/10/punct strikes/NNS/strike/10/nsubj"
            + " have/VBP/have/10/aux killed/VBN/kill/0/root 330/CD/330/12/nummod people/NNS/people/10/obj"
            + " ./././10/punct").build();

    assertEquals("total", only(find(doc, List.of(time(doc, "Friday", "DATE", "2025-03-07")), "330")).kind());
  }

  @Test
  void aTotalMarkedInAnotherClauseLeavesTheIncidentItsOwn() {
    AnnotatedText doc = HandText.create().sentence(
        "12/CD/12/2/nummod people/NNS/people/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " in/IN/in/7/case the/DT/the/7/det attack/NN/attack/4/obl on/IN/on/9/case Tuesday/NNP/tuesday/4/obl"
            + " ,/,/,/4/punct bringing/VBG/bring/4/advcl the/DT/the/13/det total/NN/total/11/obj this/DT/this/15/det"
            + " month/NN/month/11/obl:tmod to/IN/to/17/case 140/CD/140/11/obl ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact"),
        qty(doc, "140", 140, 140, "exact")), ActorMentions.none(),
        List.of(time(doc, "Tuesday", "DATE", "2025-06-10")), List.of(), List.of());

    assertEquals("incident", claims.get(0).kind());
  }

  @Test
  void theDayOfTheClauseARelativeClauseHangsOnDoesNotDateItsFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Protesters/NNS/protester/2/nsubj marched/VBD/march/0/root on/IN/on/4/case Tuesday/NNP/tuesday/2/obl"
            + " in/IN/in/6/case Serbia/NNP/serbia/2/obl ,/,/,/6/punct where/WRB/where/12/advmod 24/CD/24/10/nummod"
            + " people/NNS/people/12/nsubj:pass were/VBD/be/12/aux:pass killed/VBN/kill/6/acl:relcl"
            + " in/IN/in/14/case riots/NNS/riot/12/obl ./././2/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "Tuesday", "DATE", "2020-06-09")), "24"));

    assertEquals("total", c.kind());
  }

  @Test
  void aRelativeClauseOnAnAttackCountsThatAttack() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj condemned/VBD/condemn/0/root the/DT/the/5/det air/NN/air/5/compound raid/NN/raid/2/obj"
            + " on/IN/on/8/case the/DT/the/8/det town/NN/town/5/nmod ,/,/,/8/punct where/WRB/where/14/advmod"
            + " 100/CD/100/12/nummod people/NNS/people/14/nsubj:pass were/VBD/be/14/aux:pass killed/VBN/kill/8/acl:relcl"
            + " ./././2/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "100")).kind());
  }

  @Test
  void aClauseWithARelativeWordIsARelativeClauseWhateverItsLabel() {
    // the parser hangs "in which it said" on the main verb as a complement
    AnnotatedText doc = HandText.create().sentence(
        "Lebanon/NNP/lebanon/2/nsubj complained/VBD/complain/0/root on/IN/on/4/case Tuesday/NNP/tuesday/2/obl"
            + " over/IN/over/7/case air/NN/air/7/compound raids/NNS/raid/2/obl in/IN/in/9/case which/WDT/which/11/obl"
            + " it/PRP/it/11/nsubj said/VBD/say/2/ccomp 20/CD/20/13/nummod people/NNS/people/15/nsubj:pass"
            + " were/VBD/be/15/aux:pass killed/VBN/kill/11/ccomp ./././2/punct").build();

    assertEquals("total", only(find(doc, List.of(time(doc, "Tuesday", "DATE", "2020-06-09")), "20")).kind());
  }

  @Test
  void buildingsHitOnADayAreAnIncidents() {
    AnnotatedText doc = HandText.create().sentence(
        "Gangs/NNS/gang/2/nsubj burned/VBD/burn/0/root 40/CD/40/4/nummod homes/NNS/home/2/obj on/IN/on/6/case"
            + " Monday/NNP/monday/2/obl ./././2/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "Monday", "DATE", "2025-03-31")), "40"));

    assertEquals("infrastructure", c.measure());
    assertEquals("incident", c.kind());
  }

  @Test
  void theDayOfTheReportIsNotTheDayOfTheIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "Officials/NNS/official/2/nsubj said/VBD/say/0/root on/IN/on/4/case Saturday/NNP/saturday/2/obl"
            + " that/IN/that/9/mark 12/CD/12/7/nummod people/NNS/people/9/nsubj:pass were/VBD/be/9/aux:pass"
            + " killed/VBN/kill/2/ccomp ./././2/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "Saturday", "DATE", "2025-03-08")), "12"));

    assertEquals("total", c.kind());
  }

  @Test
  void theDateOfACountIsThePeriodCounted() {
    AnnotatedText doc = HandText.create().sentence(
        "Monitors/NNS/monitor/2/nsubj recorded/VBD/record/0/root 8,000/CD/8,000/4/nummod deaths/NNS/death/2/obj"
            + " in/IN/in/6/case 2024/CD/2024/2/obl ./././2/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "2024", "DATE", "2024")), "8,000"));

    assertEquals("2024", c.time().value());
  }

  @Test
  void weaponsFiredOvernightAreAnIncidentDatedByTheNight() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 65/CD/65/4/nummod drones/NNS/drone/2/obj"
            + " overnight/RB/overnight/2/advmod ./././2/punct").build();
    AnnotatedText held = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj had/VBD/have/0/root 65/CD/65/4/nummod drones/NNS/drone/2/obj"
            + " on/IN/on/6/case Friday/NNP/friday/2/obl ./././2/punct").build();

    Claim fired = only(find(doc, List.of(time(doc, "overnight", "TIME", "2025-03-08TNI")), "65"));
    Claim had = only(find(held, List.of(time(held, "Friday", "DATE", "2025-03-07")), "65"));

    assertEquals("incident", fired.kind());
    assertEquals("overnight", fired.time().text(), "a time of day dates the incident's figure");
    assertEquals("snapshot", had.kind(), "weapons held are no incident");
  }

  @Test
  void aLaterFigureOfTheSameMeasureInTheSentenceIsTheSameIncident() {
    // the parser hangs the second clause on "said", not on "launched"
    AnnotatedText doc = HandText.create().sentence(
        "Officials/NNS/official/2/nsubj said/VBD/say/0/root Russia/NNP/russia/4/nsubj launched/VBD/launch/2/ccomp"
            + " 65/CD/65/6/nummod drones/NNS/drone/4/obj overnight/RB/overnight/4/advmod and/CC/and/11/cc"
            + " that/IN/that/11/mark defences/NNS/defence/11/nsubj shot/VBD/shoot/2/conj down/RP/down/11/compound:prt"
            + " 42/CD/42/11/obj of/IN/of/16/case the/DT/the/16/det drones/NNS/drone/13/nmod ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "65", 65, 65, "exact"),
        qty(doc, "42", 42, 42, "exact")), ActorMentions.none(),
        List.of(time(doc, "overnight", "TIME", "2025-03-08TNI")), List.of(), List.of());

    assertEquals(List.of("incident", "incident"), claims.stream().map(Claim::kind).toList());
    assertEquals("overnight", claims.get(1).time().text());
  }

  @Test
  void anUndatedIncidentIsTheOneToldJustBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("A/DT/a/2/det strike/NN/strike/6/nsubj on/IN/on/5/case the/DT/the/5/det market/NN/market/2/nmod"
            + " killed/VBD/kill/0/root 12/CD/12/8/nummod people/NNS/people/6/obj on/IN/on/10/case"
            + " Tuesday/NNP/tuesday/6/obl ./././6/punct")
        .sentence("41/CD/41/2/nummod people/NNS/people/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " in/IN/in/7/case the/DT/the/7/det attack/NN/attack/4/obl ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact"),
        qty(doc, "41", 41, 41, "exact")), ActorMentions.none(),
        List.of(time(doc, "Tuesday", "DATE", "2025-06-10")), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("incident", claims.get(1).kind());
    assertEquals("2025-06-10", claims.get(1).time().value());
  }

  /** "The toll from the strike rose to 11." then the sentences given. */
  private static Claim tollThen(List<TimeExpression> times, String... later) {
    HandText text = HandText.create().sentence("The/DT/the/2/det toll/NN/toll/6/nsubj from/IN/from/5/case the/DT/the/5/det"
        + " strike/NN/strike/2/nmod rose/VBD/rise/0/root to/IN/to/8/case 11/CD/11/6/obl ./././6/punct");
    for (String s : later) text.sentence(s);
    AnnotatedText doc = text.build();
    List<TimeExpression> placed = times.stream().map(t -> time(doc, t.text(), t.type(), t.value())).toList();
    return only(new ClaimFinder().find(doc, List.of(qty(doc, "11", 11, 11, "exact")), ActorMentions.none(),
        placed, List.of(), List.of()));
  }

  private static final String BOMB_WENT_OFF = "The/DT/the/2/det bomb/NN/bomb/3/nsubj went/VBD/go/0/root"
      + " off/RP/off/3/compound:prt on/IN/on/6/case Saturday/NNP/saturday/3/obl ./././3/punct";
  private static final TimeExpression SATURDAY = new TimeExpression("Saturday", 0, 0, "DATE", "2026-06-20");

  @Test
  void anUndatedIncidentTakesTheDayOfTheAttackToldLater() {
    Claim c = tollThen(List.of(SATURDAY), "Rescuers/NNS/rescuer/2/nsubj searched/VBD/search/0/root ./././2/punct",
        BOMB_WENT_OFF);

    assertEquals("incident", c.kind());
    assertEquals("2026-06-20", c.time().value());
  }

  @Test
  void anAttackToldLaterGivesNoDayWhenAnotherDayComesBetweenOrAfter() {
    TimeExpression friday = new TimeExpression("Friday", 0, 0, "DATE", "2026-06-19");
    String fridayBomb = BOMB_WENT_OFF.replace("Saturday/NNP/saturday", "Friday/NNP/friday");
    String mourning = "Mourners/NNS/mourner/2/nsubj gathered/VBD/gather/0/root on/IN/on/4/case"
        + " Sunday/NNP/sunday/2/obl ./././2/punct";
    TimeExpression sunday = new TimeExpression("Sunday", 0, 0, "DATE", "2026-06-21");

    assertNull(tollThen(List.of(sunday, SATURDAY), mourning, BOMB_WENT_OFF).time());
    assertNull(tollThen(List.of(SATURDAY, friday), BOMB_WENT_OFF, fridayBomb).time());
  }

  @Test
  void anUndatedHarmOfAPastActCountsTheAttackToldLaterWhenNoneBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root 38/CD/38/4/nummod people/NNS/person/6/nsubj:pass"
            + " were/VBD/be/6/aux:pass wounded/VBN/wound/2/ccomp ./././2/punct")
        .sentence(BOMB_WENT_OFF).build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "38", 38, 38, "exact")), ActorMentions.none(),
        List.of(time(doc, "Saturday", "DATE", "2026-06-20")), List.of(), List.of()));

    assertEquals("incident", c.kind());
    assertEquals("2026-06-20", c.time().value());
  }

  @Test
  void anUndatedIncidentCountsTheDatedAttackToldJustBefore() {
    Claim c = only(afterAttack("The/DT/the/2/det strike/NN/strike/4/nsubj had/VBD/have/4/aux killed/VBN/kill/0/root"
        + " two/CD/two/6/nummod soldiers/NNS/soldier/4/obj ./././4/punct"));

    assertEquals("incident", c.kind());
    assertEquals("2025-07-01", c.time().value());
  }

  @Test
  void peopleStillMissingAfterADatedAttackAreItsButPeopleMissingNowAreNot() {
    String then = "Two/CD/two/2/nummod people/NNS/person/5/nsubj were/VBD/be/5/aux still/RB/still/5/advmod"
        + " missing/VBG/miss/0/root ./././5/punct";

    Claim missing = only(afterAttack(then));
    Claim now = only(afterAttack(then.replace("were/VBD/be", "are/VBP/be")));

    assertEquals("missing", missing.measure());
    assertEquals("incident", missing.kind());
    assertEquals("2025-07-01", missing.time().value());
    assertEquals("total", now.kind());
  }

  @Test
  void aCountSoFarOfTheAttackItsDayOwnsIsThatAttacks() {
    AnnotatedText doc = HandText.create().sentence(
        "21/CD/21/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root in/IN/in/8/case"
            + " Saturday/NNP/saturday/8/nmod:poss 's/POS/'s/6/case attack/NN/attack/4/obl ,/,/,/12/punct the/DT/the/12/det"
            + " highest/JJS/high/12/amod toll/NN/toll/8/appos so/RB/so/14/advmod far/RB/far/12/advmod ./././4/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "Saturday", "DATE", "2026-06-20")), "21"));

    assertEquals("incident", c.kind());
    assertEquals("2026-06-20", c.time().value());
  }

  @Test
  void aTollOfWoundsSustainedInAnAttackIsThatAttacks() {
    AnnotatedText doc = HandText.create().sentence(
        "Two/CD/two/2/nummod people/NNS/person/4/nsubj have/VBP/have/4/aux died/VBN/die/0/root of/IN/of/6/case"
            + " wounds/NNS/wound/4/obl sustained/VBN/sustain/6/amod in/IN/in/10/case the/DT/the/10/det strike/NN/strike/7/obl"
            + " ,/,/,/4/punct raising/VBG/raise/4/dep the/DT/the/15/det death/NN/death/15/compound toll/NN/toll/12/obj"
            + " to/IN/to/17/case 25/CD/25/12/obl ./././4/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "25")).kind());
  }

  @Test
  void aWeaponGoingOffOrGunmenOpeningFireTellAnAttack() {
    AnnotatedText bomb = HandText.create().sentence(BOMB_WENT_OFF).build();
    AnnotatedText gunmen = HandText.create().sentence("Gunmen/NNS/gunman/2/nsubj opened/VBD/open/0/root"
        + " fire/NN/fire/2/obj on/IN/on/5/case Friday/NNP/friday/2/obl ./././2/punct").build();

    assertEquals("Saturday", Incidents.toldAttack(bomb.sentences().get(0),
        List.of(time(bomb, "Saturday", "DATE", "2026-06-20"))).text());
    assertEquals("Friday", Incidents.toldAttack(gunmen.sentences().get(0),
        List.of(time(gunmen, "Friday", "DATE", "2026-06-19"))).text());
  }

  @Test
  void anAttackOneSideChargesOrDeniesIsNoneTheStoryTells() {
    AnnotatedText accused = HandText.create().sentence("Rebels/NNS/rebel/2/nsubj accused/VBD/accuse/0/root"
        + " the/DT/the/4/det army/NN/army/2/obj of/IN/of/6/mark attacking/VBG/attack/2/advcl"
        + " positions/NNS/position/6/obj on/IN/on/9/case Friday/NNP/friday/6/obl ./././2/punct").build();
    AnnotatedText attacked = HandText.create().sentence("The/DT/the/2/det army/NN/army/3/nsubj"
        + " attacked/VBD/attack/0/root positions/NNS/position/3/obj on/IN/on/6/case Friday/NNP/friday/3/obl"
        + " ./././3/punct").build();

    assertNull(Incidents.toldAttack(accused.sentences().get(0), List.of(time(accused, "Friday", "DATE", "2026-06-19"))));
    assertEquals("Friday", Incidents.toldAttack(attacked.sentences().get(0),
        List.of(time(attacked, "Friday", "DATE", "2026-06-19"))).text());
  }

  @Test
  void peopleKilledByASingleWeaponCountOneIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/9/nsubj of/IN/of/4/case people/NNS/person/2/nmod killed/VBN/kill/4/acl"
            + " by/IN/by/8/case a/DT/a/8/det missile/NN/missile/5/obl:agent has/VBZ/have/9/aux risen/VBN/rise/0/root"
            + " to/IN/to/11/case 11/CD/11/9/obl ./././9/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "11")).kind());
  }

  @Test
  void aHarmOfAPastActAfterAnUndatedIncidentsFigureCountsThatIncident() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det toll/NN/toll/6/nsubj from/IN/from/5/case the/DT/the/5/det"
            + " strike/NN/strike/2/nmod rose/VBD/rise/0/root to/IN/to/8/case 11/CD/11/6/obl ./././6/punct")
        .sentence("He/PRP/he/2/nsubj said/VBD/say/0/root 38/CD/38/4/nummod people/NNS/person/6/nsubj:pass"
            + " were/VBD/be/6/aux:pass wounded/VBN/wound/2/ccomp ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11", 11, 11, "exact"),
        qty(doc, "38", 38, 38, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("wounded", claims.get(1).measure());
    assertEquals("incident", claims.get(1).kind());
    assertNull(claims.get(1).time());
  }

  @Test
  void aHarmOfAPastActBesideAnIncidentsFigureInItsSentenceCountsThatIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/5/nsubj of/IN/of/4/case soldiers/NNS/soldier/2/nmod killed/VBN/kill/10/csubj"
            + " in/IN/in/8/case the/DT/the/8/det attack/NN/attack/5/obl has/VBZ/have/10/aux risen/VBN/rise/0/root"
            + " to/IN/to/12/case 11/CD/11/10/obl ,/,/,/10/punct the/DT/the/15/det army/NN/army/16/nsubj"
            + " said/VBD/say/10/parataxis ,/,/,/16/punct and/CC/and/22/cc 23/CD/23/20/nummod soldiers/NNS/soldier/22/nsubj:pass"
            + " were/VBD/be/22/aux:pass wounded/VBN/wound/16/conj ./././10/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11", 11, 11, "exact"),
        qty(doc, "23", 23, 23, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("incident", claims.get(0).kind());
    assertEquals("incident", claims.get(1).kind());
  }

  @Test
  void aTollOfAttacksAfterAnUndatedIncidentsFigureStaysATotal() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det toll/NN/toll/6/nsubj from/IN/from/5/case the/DT/the/5/det"
            + " blast/NN/blast/2/nmod rose/VBD/rise/0/root to/IN/to/8/case 11/CD/11/6/obl ./././6/punct")
        .sentence("That/DT/that/2/nsubj brought/VBD/bring/0/root the/DT/the/4/det toll/NN/toll/2/obj"
            + " for/IN/for/7/case both/DT/both/7/det bombings/NNS/bombing/4/nmod to/IN/to/9/case"
            + " 259/CD/259/2/obl ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11", 11, 11, "exact"),
        qty(doc, "259", 259, 259, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("total", claims.get(1).kind());
  }

  @Test
  void aWeaponThatHitWhatTheFiguresClauseActsOnMakesAnIncident() {
    AnnotatedText doc = HandText.create().sentence(
        "Rescuers/NNS/rescuer/2/nsubj recovered/VBD/recover/0/root bodies/NNS/body/2/obj from/IN/from/6/case"
            + " the/DT/the/6/det ruins/NNS/ruin/2/obl of/IN/of/9/case a/DT/a/9/det building/NN/building/6/nmod"
            + " hit/VBN/hit/6/acl by/IN/by/14/case a/DT/a/14/det Russian/JJ/russian/14/amod missile/NN/missile/10/obl"
            + " ,/,/,/2/punct bringing/VBG/bring/2/dep the/DT/the/19/det death/NN/death/19/compound toll/NN/toll/16/obj"
            + " to/IN/to/21/case 17/CD/17/16/obl ./././2/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "17")).kind());
  }

  @Test
  void moreInAClauseAfterTheFigureAddsNothingToIt() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det toll/NN/toll/6/nsubj from/IN/from/5/case the/DT/the/5/det strike/NN/strike/2/nmod"
            + " rose/VBD/rise/0/root to/IN/to/8/case 25/CD/25/6/obl as/IN/as/14/mark more/JJR/more/14/nsubj"
            + " of/IN/of/13/case the/DT/the/13/det wounded/NN/wounded/10/nmod died/VBD/die/6/advcl ./././6/punct").build();

    assertEquals("incident", only(find(doc, List.of(), "25")).kind());
  }

  /** "Missiles struck a base near Saky on Tuesday." then, a sentence or more later, {@code figure}. */
  private static List<Claim> afterAttack(String... later) {
    HandText text = HandText.create()
        .sentence("Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det base/NN/base/2/obj"
            + " near/IN/near/6/case Saky/NNP/saky/4/nmod on/IN/on/8/case Tuesday/NNP/tuesday/2/obl ./././2/punct");
    for (String s : later) text.sentence(s);
    AnnotatedText doc = text.build();
    String last = doc.sentences().get(doc.sentences().size() - 1).tokens().stream()
        .filter(t -> t.pos().equals("CD")).findFirst().orElseThrow().word();
    int saky = doc.text().indexOf("Saky");
    org.sitrep.record.Place place = new org.sitrep.record.Place("Saky", "Saky", "UKR", 45.1, 33.6, "city", saky, saky + 4);
    return new ClaimFinder().find(doc, List.of(qty(doc, last, 2, 2, "exact")), ActorMentions.none(),
        List.of(time(doc, "Tuesday", "DATE", "2025-07-01")), List.of(place), List.of());
  }

  @Test
  void anUndatedHarmOfAPastActCountsTheAttackToldBefore() {
    Claim c = only(afterAttack("Moscow/NNP/moscow/2/nsubj disagreed/VBD/disagree/0/root ./././2/punct",
        "It/PRP/it/2/nsubj said/VBD/say/0/root two/CD/two/4/nummod soldiers/NNS/soldier/7/nsubj:pass"
            + " had/VBD/have/7/aux been/VBN/be/7/aux:pass wounded/VBN/wound/2/ccomp ./././2/punct"));

    assertEquals("wounded", c.measure());
    assertEquals("incident", c.kind());
    assertEquals("2025-07-01", c.time().value());
    assertEquals("Saky", c.place().name());
  }

  @Test
  void weaponsShotDownOverAPeriodAreATotalNotAStock() {
    AnnotatedText doc = HandText.create().sentence(
        "Forces/NNS/force/2/nsubj shot/VBD/shoot/0/root down/RP/down/2/compound:prt four/CD/four/5/nummod"
            + " drones/NNS/drone/2/obj over/IN/over/10/case the/DT/the/10/det past/JJ/past/10/amod 24/CD/24/10/nummod"
            + " hours/NNS/hour/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("the past 24 hours");
    TimeExpression day = new TimeExpression("the past 24 hours", at, at + 17, "DURATION", "PT24H");

    assertEquals("total", only(new ClaimFinder().find(doc, List.of(qty(doc, "four", 4, 4, "exact")),
        ActorMentions.none(), List.of(day), List.of(), List.of())).kind());
  }

  @Test
  void weaponsFiredInAPastActCountTheAttackToldBeforeAndWeaponsHeldDoNot() {
    Claim dropped = only(afterAttack(
        "Aircraft/NNS/aircraft/2/nsubj dropped/VBD/drop/0/root 50/CD/50/4/nummod bombs/NNS/bomb/2/obj ./././2/punct"));
    Claim held = only(afterAttack(
        "The/DT/the/2/det army/NN/army/3/nsubj had/VBD/have/0/root 300/CD/300/5/nummod tanks/NNS/tank/3/obj"
            + " ./././3/punct"));

    assertEquals("weapons", dropped.measure());
    assertEquals("incident", dropped.kind());
    assertEquals("2025-07-01", dropped.time().value());
    assertEquals("snapshot", held.kind());
  }

  @Test
  void aCountThatStillRunsOrAnAttackTooFarBackIsNoIncident() {
    // present perfect: the war's count, not the strike's
    assertEquals("total", only(afterAttack(
        "Two/CD/two/2/nummod soldiers/NNS/soldier/5/nsubj:pass have/VBP/have/5/aux been/VBN/be/5/aux:pass"
            + " wounded/VBN/wound/0/root ./././5/punct")).kind());
    // four sentences on, the attack is no longer the one told
    String filler = "Moscow/NNP/moscow/2/nsubj disagreed/VBD/disagree/0/root ./././2/punct";
    assertEquals("total", only(afterAttack(filler, filler, filler,
        "Two/CD/two/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass"
            + " wounded/VBN/wound/0/root ./././4/punct")).kind());
    // a time of its own that is no day: "Last year, officials said, two soldiers were wounded"
    List<String> lastYear = List.of("Last/JJ/last/2/amod year/NN/year/5/obl:tmod ,/,/,/5/punct officials/NNS/official/5/nsubj"
        + " said/VBD/say/10/parataxis ,/,/,/5/punct two/CD/two/8/nummod soldiers/NNS/soldier/10/nsubj:pass"
        + " were/VBD/be/10/aux:pass wounded/VBN/wound/0/root ./././10/punct");
    HandText text = HandText.create().sentence("Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det"
        + " base/NN/base/2/obj on/IN/on/6/case Tuesday/NNP/tuesday/2/obl ./././2/punct");
    lastYear.forEach(text::sentence);
    AnnotatedText doc = text.build();
    assertEquals("total", only(new ClaimFinder().find(doc, List.of(qty(doc, "two", 2, 2, "exact")), ActorMentions.none(),
        List.of(time(doc, "Tuesday", "DATE", "2025-07-01"), time(doc, "Last year", "DATE", "2024")), List.of(),
        List.of())).kind());
    // a total's marker in the sentence
    assertEquals("total", only(afterAttack(
        "Two/CD/two/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " in/IN/in/6/case total/NN/total/4/obl ./././4/punct")).kind());
  }

  @Test
  void aStoryThatMovesToAnotherTimeLeavesTheAttackBehind() {
    AnnotatedText doc = HandText.create()
        .sentence("Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det base/NN/base/2/obj"
            + " on/IN/on/6/case Tuesday/NNP/tuesday/2/obl ./././2/punct")
        .sentence("Last/JJ/last/2/amod month/NN/month/4/obl:tmod rebels/NNS/rebel/4/nsubj took/VBD/take/0/root"
            + " the/DT/the/6/det city/NN/city/4/obj ./././4/punct")
        .sentence("Two/CD/two/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass"
            + " wounded/VBN/wound/0/root ./././4/punct").build();
    List<TimeExpression> times = List.of(time(doc, "Tuesday", "DATE", "2025-07-01"), time(doc, "Last month", "DATE", "2025-06"));
    AnnotatedText same = HandText.create()
        .sentence("Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root a/DT/a/4/det base/NN/base/2/obj"
            + " on/IN/on/6/case Tuesday/NNP/tuesday/2/obl ./././2/punct")
        .sentence("Sirens/NNS/siren/2/nsubj sounded/VBD/sound/0/root on/IN/on/4/case Tuesday/NNP/tuesday/2/obl"
            + " ./././2/punct")
        .sentence("Two/CD/two/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass"
            + " wounded/VBN/wound/0/root ./././4/punct").build();
    int second = same.text().lastIndexOf("Tuesday");
    List<TimeExpression> sameTimes = List.of(time(same, "Tuesday", "DATE", "2025-07-01"),
        new TimeExpression("Tuesday", second, second + 7, "DATE", "2025-07-01"));

    assertEquals("total", only(new ClaimFinder().find(doc, List.of(qty(doc, "Two", 2, 2, "exact")), ActorMentions.none(),
        times, List.of(), List.of())).kind());
    assertEquals("incident", only(new ClaimFinder().find(same, List.of(qty(same, "Two", 2, 2, "exact")),
        ActorMentions.none(), sameTimes, List.of(), List.of())).kind(), "the same day told again moves nothing on");
  }

  @Test
  void aReportOnADayTellsNoAttack() {
    AnnotatedText doc = HandText.create()
        .sentence("Officials/NNS/official/2/nsubj spoke/VBD/speak/0/root on/IN/on/4/case Tuesday/NNP/tuesday/2/obl"
            + " ./././2/punct")
        .sentence("Two/CD/two/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass"
            + " wounded/VBN/wound/0/root ./././4/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "Two", 2, 2, "exact")), ActorMentions.none(),
        List.of(time(doc, "Tuesday", "DATE", "2025-07-01")), List.of(), List.of()));

    assertEquals("total", c.kind());
  }

  @Test
  void aDayOnAClauseOfTheCountedNounDatesItsFigures() {
    AnnotatedText doc = HandText.create().sentence(
        "Air/NN/air/2/compound defences/NNS/defence/3/nsubj shot/VBD/shoot/0/root down/RB/down/3/advmod"
            + " 40/CD/40/3/obj of/IN/of/9/case the/DT/the/9/det 54/CD/54/9/nummod drones/NNS/drone/5/nmod"
            + " launched/VBN/launch/9/acl overnight/RB/overnight/10/advmod ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "40", 40, 40, "exact"),
        qty(doc, "54", 54, 54, "exact")), ActorMentions.none(),
        List.of(time(doc, "overnight", "TIME", "2025-07-03TNI")), List.of(), List.of());

    assertEquals(List.of("incident", "incident"), claims.stream().map(Claim::kind).toList());
    assertEquals("2025-07-03TNI", claims.get(1).time().value());
  }

  @Test
  void aPartOfAFigureWithItsOwnNounIsCountedInThatNoun() {
    AnnotatedText doc = HandText.create().sentence(
        "41/CD/41/2/nummod people/NNS/people/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " in/IN/in/7/case the/DT/the/7/det attack/NN/attack/4/obl ,/,/,/4/punct six/CD/six/12/nummod"
            + " of/IN/of/11/case them/PRP/they/9/nmod children/NNS/child/2/appos ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "41", 41, 41, "exact"),
        qty(doc, "six", 6, 6, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("wounded", claims.get(1).measure());
    assertEquals("children", claims.get(1).unit());
    assertEquals("children", claims.get(1).subject().text());
  }

  @Test
  void ofThemWithAVerbThatHarmsNoOneCountsTheFigureJustBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 54/CD/54/4/nummod drones/NNS/drone/2/obj"
            + " and/CC/and/10/cc 40/CD/40/10/nsubj:pass of/IN/of/8/case them/PRP/they/6/nmod were/VBD/be/10/aux:pass"
            + " downed/VBN/down/2/conj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "54", 54, 54, "exact"),
        qty(doc, "40", 40, 40, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("weapons", claims.get(1).measure());
    assertEquals("drones", claims.get(1).unit());
  }

  @Test
  void aTollRaisedToANumberTheParserHangsOnTheAttackCountsTheDead() {
    AnnotatedText doc = HandText.create().sentence(
        "Workers/NNS/worker/2/nsubj found/VBD/find/0/root bodies/NNS/body/2/obj ,/,/,/2/punct raising/VBG/raise/2/advcl"
            + " the/DT/the/8/det death/NN/death/8/compound toll/NN/toll/5/obj from/IN/from/11/case the/DT/the/11/det"
            + " strike/NN/strike/5/obl to/IN/to/13/case 11/CD/11/11/nmod ./././2/punct").build();

    Claim c = only(find(doc, List.of(), "11"));

    assertEquals("killed", c.measure());
    assertEquals("incident", c.kind());
  }

  @Test
  void theDayThatOwnsTheAttackDatesItsTollBeforeTheDayOfTheFinding() {
    AnnotatedText doc = HandText.create().sentence(
        "Workers/NNS/worker/2/nsubj found/VBD/find/0/root bodies/NNS/body/2/obj on/IN/on/5/case Sunday/NNP/sunday/2/obl"
            + " ,/,/,/2/punct raising/VBG/raise/2/advcl the/DT/the/10/det death/NN/death/10/compound toll/NN/toll/7/obj"
            + " from/IN/from/14/case Saturday/NNP/saturday/14/nmod:poss 's/POS/'s/12/case strike/NN/strike/7/obl"
            + " to/IN/to/16/case 11/CD/11/14/nmod ./././2/punct").build();

    Claim c = only(find(doc, List.of(time(doc, "Sunday", "DATE", "2025-10-05"), time(doc, "Saturday", "DATE", "2025-10-04")),
        "11"));

    assertEquals("incident", c.kind());
    assertEquals("2025-10-04", c.time().value());
  }

  @Test
  void aTallyOfPeopleHarmedCountsThemAsItRises() {
    // the parser reads "killed" as a clausal subject with "number" as its subject
    AnnotatedText number = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/5/nsubj of/IN/of/4/case people/NNS/people/2/nmod killed/VBN/kill/7/csubj"
            + " has/VBZ/have/7/aux risen/VBN/rise/0/root to/IN/to/9/case 16/CD/16/7/obl ./././7/punct").build();
    AnnotatedText count = HandText.create().sentence(
        "The/DT/the/3/det death/NN/death/3/compound count/NN/count/4/nsubj rose/VBD/rise/0/root"
            + " to/IN/to/6/case 17/CD/17/4/obl ./././4/punct").build();

    Claim people = only(find(number, List.of(), "16"));
    Claim deaths = only(find(count, List.of(), "17"));

    assertEquals("killed", people.measure());
    assertEquals("people", people.unit());
    assertEquals("killed", deaths.measure());
    assertEquals("people", deaths.unit());
    assertEquals("death count", deaths.subject().text());

    AnnotatedText injured = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj put/VBD/put/0/root the/DT/the/5/det number/NN/number/3/obj"
            + " of/IN/of/9/case injured/JJ/injured/9/amod police/NN/police/9/compound officers/NNS/officer/5/nmod"
            + " at/IN/at/11/case 107/CD/107/3/obl ./././3/punct").build();
    Claim officers = only(find(injured, List.of(), "107"));
    assertEquals("wounded", officers.measure());
    assertEquals("officers", officers.unit());
  }

  private static TimeExpression time(AnnotatedText doc, String text, String type, String value) {
    int at = doc.text().indexOf(text);
    return new TimeExpression(text, at, at + text.length(), type, value);
  }

  private static List<Claim> find(AnnotatedText doc, List<TimeExpression> times, String number) {
    double v = Double.parseDouble(number.replace(",", ""));
    return new ClaimFinder().find(doc, List.of(qty(doc, number, v, v, "exact")), ActorMentions.none(),
        times, List.of(), List.of());
  }

  private static Claim only(List<Claim> claims) {
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }
}
