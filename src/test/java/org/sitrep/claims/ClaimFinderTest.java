package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorMentions;
import org.sitrep.actors.ResolvedMention;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Source;
import org.sitrep.time.TimeExpression;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {
  private static final Actor KOR = new Actor("KOR", "South Korea", "country", "KOR", null, List.of());
  private static final Actor PRK = new Actor("PRK", "North Korea", "country", "PRK", null, List.of());
  private static final Actor UKR = new Actor("UKR", "Ukraine", "country", "UKR", null, List.of());
  private static final Actor MOD = new Actor("rus-defence-ministry", "Russian defence ministry",
      "organization", "RUS", "RUS", List.of());

  @Test
  void weaponsAStateAttackedWithAreItsOwn() {
    Actor rus = new Actor("RUS", "Russia", "country", "RUS", null, List.of());
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj with/IN/with/6/case"
            + " 118/CD/118/6/nummod drones/NNS/drone/2/obl ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(rus, UKR), "Russia", "RUS", "Ukraine", "UKR");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "118", 118, 118, "exact")));

    assertEquals("weapons", c.measure());
    assertEquals("RUS", c.subject().actor());
  }

  @Test
  void aNumberInsideAnotherFiguresClaimantCountsNothing() {
    // as the parser gives it: "said" a relative clause of the officials, who are "missing"
    AnnotatedText doc = HandText.create().sentence(
        "Two/CD/two/3/nummod local/JJ/local/3/amod officials/NNS/official/17/nsubj ,/,/,/3/punct"
            + " who/WP/who/12/obj asked/VBD/ask/12/nsubj not/RB/not/10/advmod to/TO/to/10/mark be/VB/be/10/aux:pass"
            + " named/VBN/name/6/xcomp ,/,/,/12/punct said/VBD/say/3/acl:relcl dozens/NNS/dozen/12/obj"
            + " of/IN/of/15/case soldiers/NNS/soldier/13/nmod were/VBD/be/17/aux missing/VBG/miss/0/root"
            + " ./././17/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Two", 2, 2, "exact"),
        qty(doc, "dozens", 24, 99, "vague")), ActorMentions.none(), List.of(), List.of(), List.of());

    Claim c = only(claims);
    assertEquals("dozens", c.quantity().text());
    assertEquals("missing", c.measure());
    assertEquals("Two local officials", c.source().text());
  }

  @Test
  void aQuotesSpeakerAndTheSpeakersOwnKinAreNoFigures() {
    AnnotatedText doc = HandText.create().sentence(
        "\"/``/\"/8/punct We/PRP/we/3/nsubj have/VBP/have/8/ccomp no/DT/no/5/det food/NN/food/3/obj ,/,/,/8/punct"
            + " \"/''/\"/8/punct said/VBD/say/0/root one/CD/one/10/nummod woman/NN/woman/8/obj who/WP/who/12/nsubj"
            + " fled/VBD/flee/10/acl:relcl with/IN/with/16/case her/PRP$/she/16/nmod:poss three/CD/three/16/nummod"
            + " children/NNS/child/12/obl ./././8/punct").build();
    int speaker = doc.text().indexOf("one woman");
    Quote quote = new Quote("We have no food ,", 2, 19, "said",
        new Source("one woman", null, speaker, speaker + 9), "test");
    List<Quantity> quantities = List.of(qty(doc, "one", 1, 1, "exact"), qty(doc, "three", 3, 3, "exact"));

    assertEquals(List.of(), new ClaimFinder().find(doc, quantities, ActorMentions.none(), List.of(), List.of(),
        List.of(quote)));
    assertEquals(2, new ClaimFinder().find(doc, quantities, ActorMentions.none(), List.of(), List.of(),
        List.of()).size(), "without the quote, both count who fled");
  }

  @Test
  void aFigureInAClauseWhereOpensAfterAPlaceIsOfThatPlace() {
    AnnotatedText doc = HandText.create().sentence(
        "Ministers/NNS/minister/2/nsubj met/VBD/meet/0/root in/IN/in/4/case Cairo/NNP/cairo/2/obl to/TO/to/6/mark"
            + " discuss/VB/discuss/2/advcl Gaza/NNP/gaza/6/obj ,/,/,/7/punct where/WRB/where/12/advmod"
            + " 500,000/CD/500,000/11/nummod people/NNS/person/12/nsubj face/VBP/face/7/acl:relcl"
            + " famine/NN/famine/12/obj ./././2/punct").build();
    int cairo = doc.text().indexOf("Cairo");
    int gaza = doc.text().indexOf("Gaza");
    List<Place> places = List.of(new Place("Cairo", "Cairo", "EGY", 30.04, 31.24, "locality", cairo, cairo + 5),
        new Place("Gaza", "Gaza", "PSE", 31.5, 34.47, "region", gaza, gaza + 4));

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "500,000", 500000, 500000, "exact")),
        ActorMentions.none(), List.of(), places, List.of()));

    assertEquals("Gaza", c.place().name());
  }

  @Test
  void peopleTakenPrisonerAreCapturedAndPostsNot() {
    // as the parser gives it: the posts a compound of "prisoner", the soldiers their conjunct
    AnnotatedText doc = HandText.create().sentence(
        "Rebels/NNS/rebel/2/nsubj took/VBD/take/0/root 12/CD/12/5/nummod military/JJ/military/5/amod"
            + " posts/NNS/post/11/compound and/CC/and/10/cc more/JJR/more/9/advmod than/IN/than/7/fixed"
            + " 300/CD/300/10/nummod soldiers/NNS/soldier/5/conj prisoner/NN/prisoner/2/obj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact"),
        qty(doc, "more than 300", 300, 300, "more_than")), ActorMentions.none(), List.of(), List.of(), List.of());

    Claim c = only(claims);
    assertEquals("more than 300", c.quantity().text());
    assertEquals("captured", c.measure());
  }

  @Test
  void wherePeopleOrGoodsWentInIsWhere() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 600/CD/600/4/nummod aid/NN/aid/4/compound trucks/NNS/truck/5/nsubj"
            + " entered/VBD/enter/0/root Gaza/NNP/gaza/5/obj ./././5/punct").build();
    int gaza = doc.text().indexOf("Gaza");
    List<Place> places = List.of(new Place("Gaza", "Gaza", "PSE", 31.5, 34.47, "region", gaza, gaza + 4));

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "About 600", 600, 600, "approximate")),
        ActorMentions.none(), List.of(), places, List.of()));

    assertEquals("aid", c.measure());
    assertEquals("Gaza", c.place().name());

    AnnotatedText trying = HandText.create().sentence(
        "Ten/CD/ten/2/nsubj died/VBD/die/0/root trying/VBG/try/2/advcl to/TO/to/5/mark reach/VB/reach/3/xcomp"
            + " Florida/NNP/florida/5/obj ./././2/punct").build();
    int florida = trying.text().indexOf("Florida");
    Claim died = only(new ClaimFinder().find(trying, List.of(qty(trying, "Ten", 10, 10, "exact")), ActorMentions.none(),
        List.of(), List.of(new Place("Florida", "Florida", "USA", 28.6, -82.4, "region", florida, florida + 7)),
        List.of()));
    assertNull(died.place(), "where they were trying to reach is not where");
  }

  @Test
  void thoseASupplyWouldFeedAreNoCount() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj delivered/VBD/deliver/0/root food/NN/food/2/obj ,/,/,/2/punct enough/RB/enough/7/advmod"
            + " to/TO/to/7/mark feed/VB/feed/2/dep 1.2/CD/1.2/9/compound million/CD/million/10/nummod"
            + " people/NNS/person/7/obj ./././2/punct").build();

    assertEquals(List.of(), new ClaimFinder().find(doc, List.of(qty(doc, "1.2 million", 1200000, 1200000, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()));
  }

  @Test
  void theNumberOfAidTrucksCountsAid() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/9/nsubj of/IN/of/5/case aid/NN/aid/5/compound trucks/NNS/truck/2/nmod"
            + " entering/VBG/enter/5/acl Gaza/NNP/gaza/6/obj has/VBZ/have/9/aux fallen/VBN/fall/0/root"
            + " to/IN/to/12/case about/RB/about/12/advmod 250/CD/250/9/obl a/DT/a/14/det day/NN/day/12/obl:npmod"
            + " ./././9/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "about 250", 250, 250, "approximate")),
        ActorMentions.none(), List.of(), List.of(), List.of()));

    assertEquals("aid", c.measure());
    assertEquals("trucks", c.unit());
  }

  @Test
  void aFigureComparedWithARateIsARateOfTheSameTime() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 600/CD/600/4/nummod aid/NN/aid/4/compound trucks/NNS/truck/7/nsubj a/DT/a/6/det"
            + " day/NN/day/4/nmod:npmod entered/VBD/enter/0/root Gaza/NNP/gaza/7/obj ,/,/,/7/punct up/RB/up/7/advmod"
            + " from/IN/from/14/case fewer/JJR/few/14/advmod than/IN/than/12/fixed 100/CD/100/10/obl"
            + " ./././7/punct").build();
    int at = doc.text().indexOf("About 600");
    Quantity rate = new Quantity("About 600", at, at + 9, 600, 600, "approximate", null, "day");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(rate, qty(doc, "fewer than 100", 100, 100, "less_than")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("rate", claims.get(1).kind());
    assertEquals("day", claims.get(1).per());
    assertEquals("aid", claims.get(1).measure());
  }

  @Test
  void weaponsFiredDaysBeforeADatedStrikeAreNotOfItsDay() {
    AnnotatedText doc = HandText.create().sentence(
        "Israeli/JJ/israeli/2/amod warplanes/NNS/warplane/3/nsubj struck/VBD/strike/0/root the/DT/the/5/det"
            + " port/NN/port/3/obj on/IN/on/7/case Monday/NNP/monday/3/obl ,/,/,/3/punct days/NNS/day/13/dep"
            + " after/IN/after/13/mark the/DT/the/12/det group/NN/group/13/nsubj fired/VBD/fire/3/advcl"
            + " two/CD/two/16/nummod ballistic/JJ/ballistic/16/amod missiles/NNS/missile/13/obj ./././3/punct").build();
    int at = doc.text().indexOf("Monday");
    TimeExpression monday = new TimeExpression("Monday", at, at + 6, "DATE", "2026-07-20");

    Claim c = only(find(doc, ActorMentions.none(), List.of(monday), qty(doc, "two", 2, 2, "exact")));

    assertEquals("weapons", c.measure());
    assertNull(c.time(), "fired days before Monday's strike");
  }

  @Test
  void reportingVerbSubjectIsTheClaimant() {
    AnnotatedText doc = HandText.create().sentence(
        "South/NNP/south/2/compound Korea/NNP/korea/4/nsubj has/VBZ/have/4/aux reported/VBN/report/0/root"
            + " that/IN/that/12/mark about/RB/about/7/advmod 4,000/CD/4,000/10/nummod North/NNP/north/9/compound"
            + " Korean/JJ/korean/10/amod soldiers/NNS/soldier/12/nsubj:pass were/VBD/be/12/aux:pass"
            + " killed/VBN/kill/4/ccomp or/CC/or/14/cc wounded/VBN/wound/12/conj ./././4/punct").build();
    ActorMentions actors = mentions(doc, List.of(KOR, PRK), "South Korea", "KOR", "North Korean", "PRK");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "about 4,000", 4000, 4000, "approximate")));

    assertEquals("casualties", c.measure());
    assertEquals(4000.0, c.low());
    assertEquals("approximate", c.qualifier());
    assertEquals("North Korean soldiers", c.subject().text());
    assertEquals("PRK", c.subject().actor());
    assertEquals("South Korea", c.source().text());
    assertEquals("KOR", c.source().actor());
    assertEquals(ClaimFinder.FINDER, c.finder());
  }

  @Test
  void aPartitiveCountTakesTheVerbOfItsNumber() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj said/VBD/say/0/root 15/CD/15/8/nsubj:pass of/IN/of/6/case its/PRP$/its/6/nmod:poss"
            + " soldiers/NNS/soldier/3/nmod were/VBD/be/8/aux:pass killed/VBN/kill/2/ccomp ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(MOD), "Russia", "rus-defence-ministry");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "15", 15, 15, "exact")));

    assertEquals("killed", c.measure());
    assertEquals("soldiers", c.unit());
  }

  @Test
  void accordingToIsTheClaimantWhateverItsLemma() {
    // The tagger reads "according" as a verb form (VBG), lemma "accord".
    AnnotatedText doc = HandText.create().sentence(
        "Strikes/NNS/strike/2/nsubj killed/VBD/kill/0/root 22/CD/22/4/nummod people/NNS/person/2/obj"
            + " ,/,/,/2/punct according/VBG/accord/9/case to/IN/to/6/fixed the/DT/the/9/det"
            + " ministry/NN/ministry/2/obl ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(MOD), "the ministry", "rus-defence-ministry");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "22", 22, 22, "exact")));

    assertEquals("the ministry", c.source().text());
    assertEquals("rus-defence-ministry", c.source().actor());
  }

  @Test
  void aTrailingReporterHungOnANounStillClaims() {
    // the parser hung "said" on the place name, and in the second sentence left it no subject
    AnnotatedText dep = HandText.create().sentence(
        "About/RB/about/2/advmod 900/CD/900/3/nummod soldiers/NNS/soldier/4/nsubj died/VBD/die/0/root"
            + " in/IN/in/6/case Kharkiv/NNP/kharkiv/4/obl ,/,/,/6/punct the/DT/the/9/det ministry/NN/ministry/10/nsubj"
            + " said/VBD/say/6/dep ./././4/punct").build();
    AnnotatedText bare = HandText.create().sentence(
        "About/RB/about/2/advmod 900/CD/900/3/nummod soldiers/NNS/soldier/4/nsubj died/VBD/die/0/root"
            + " in/IN/in/6/case Kharkiv/NNP/kharkiv/4/obl ,/,/,/6/punct the/DT/the/9/det ministry/NN/ministry/6/appos"
            + " said/VBD/say/6/acl ./././4/punct").build();

    for (AnnotatedText doc : List.of(dep, bare)) {
      ActorMentions actors = mentions(doc, List.of(MOD), "the ministry", "rus-defence-ministry");
      Claim c = only(find(doc, actors, List.of(), qty(doc, "About 900", 900, 900, "approximate")));
      assertEquals("the ministry", c.source() == null ? null : c.source().text());
      assertEquals("rus-defence-ministry", c.source().actor());
    }
  }

  @Test
  void aTollCountsTheDeadThoughNoNounFollowsTheNumber() {
    AnnotatedText rose = HandText.create().sentence(
        "The/DT/the/3/det death/NN/death/3/compound toll/NN/toll/4/nsubj rose/VBD/rise/0/root to/TO/to/6/case"
            + " 52/CD/52/4/obl ./././4/punct").build();
    AnnotatedText puts = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj puts/VBZ/put/0/root the/DT/the/5/det casualty/NN/casualty/5/compound"
            + " toll/NN/toll/2/obj at/IN/at/7/case 3,000/CD/3,000/2/obl ./././2/punct").build();
    AnnotatedText unrelated = HandText.create().sentence(
        "The/DT/the/2/det toll/NN/toll/3/nsubj rose/VBD/rise/0/root as/IN/as/6/mark 52/CD/52/6/nsubj"
            + " left/VBD/leave/3/advcl ./././3/punct").build();

    Claim dead = only(find(rose, ActorMentions.none(), List.of(), qty(rose, "52", 52, 52, "exact")));
    Claim casualties = only(find(puts, mentions(puts, List.of(UKR), "Ukraine", "UKR"), List.of(),
        qty(puts, "3,000", 3000, 3000, "exact")));

    assertEquals("killed", dead.measure());
    assertEquals("casualties", casualties.measure());
    assertEquals("UKR", casualties.source().actor());
    assertTrue(find(unrelated, ActorMentions.none(), List.of(), qty(unrelated, "52", 52, 52, "exact")).isEmpty());
  }

  @Test
  void aTollPutHigherAtANumberCountsTheDead() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det group/NN/group/3/nsubj put/VBD/put/0/root the/DT/the/5/det toll/NN/toll/6/nsubj"
            + " higher/JJR/high/3/xcomp ,/,/,/3/punct at/IN/at/10/case between/IN/between/10/amod 40/CD/40/3/obl"
            + " and/CC/and/12/cc 45/CD/45/10/conj ./././3/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "between 40 and 45", 40, 45, "exact")));

    assertEquals("killed", c.measure());
    assertEquals("A group", c.source().text());
  }

  @Test
  void theNumberOfInjuredAndTheNumberItRoseFromCountTheWounded() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/5/nsubj of/IN/of/4/case injured/VBN/injure/2/nmod climbed/VBD/climb/0/root"
            + " to/IN/to/7/case 52/CD/52/5/obl ,/,/,/5/punct up/RB/up/5/advmod from/IN/from/11/case 38/CD/38/9/obl"
            + " ./././5/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "52", 52, 52, "exact"),
        qty(doc, "38", 38, 38, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("wounded", "wounded"), claims.stream().map(Claim::measure).toList());
    assertEquals("people", claims.get(1).unit());
  }

  @Test
  void theWholeOfAYearAfterAComparedFigureDatesIt() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj recorded/VBD/record/0/root 300/CD/300/4/nummod attacks/NNS/attack/2/obj ,/,/,/2/punct"
            + " up/RB/up/2/advmod from/IN/from/8/case 110/CD/110/6/obl in/IN/in/11/case the/DT/the/11/det"
            + " whole/NN/whole/8/nmod of/IN/of/14/case last/JJ/last/14/amod year/NN/year/11/nmod ./././2/punct").build();
    int at = doc.text().indexOf("last year");
    TimeExpression lastYear = new TimeExpression("last year", at, at + 9, "DATE", "2025");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "300", 300, 300, "exact"),
        qty(doc, "110", 110, 110, "exact")), ActorMentions.none(), List.of(lastYear), List.of(), List.of());

    assertEquals("2025", claims.get(1).time().value(), () -> "claims: " + claims);
    // the compared figure's date is its own: the 300 were not counted last year
    assertNull(claims.get(0).time(), () -> "claims: " + claims);
  }

  @Test
  void aNumberParsedOnANounThatOnlyModifiesCountsTheNounItModifies() {
    // the parser hangs "40" on "M23", a compound of "fighters"
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj killed/VBD/kill/0/root 40/CD/40/4/nummod M23/NN/m23/6/compound rebel/NN/rebel/6/compound"
            + " fighters/NNS/fighter/2/obj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "40", 40, 40, "exact")), ActorMentions.none(),
        List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(0).measure());
    assertEquals("fighters", claims.get(0).unit());
  }

  /** "Ukraine said it shot down 40 of Russia's 54 drones.", as CoreNLP parses it. */
  private static final String RUSSIAS_DRONES = "Ukraine/NNP/ukraine/2/nsubj said/VBD/say/0/root it/PRP/it/4/nsubj shot/VBD/shoot/2/ccomp"
            + " down/RB/down/4/advmod 40/CD/40/5/obl:npmod of/IN/of/11/case Russia/NNP/russia/11/nmod:poss"
            + " 's/POS/'s/8/case 54/CD/54/11/nummod drones/NNS/drone/6/nmod ./././2/punct";

  @Test
  void aPartOfAnOwnersNounCountsThatNoun() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det army/NN/army/3/nsubj said/VBD/say/0/root it/PRP/it/6/nsubj had/VBD/have/6/aux"
            + " repelled/VBN/repel/3/ccomp an/DT/a/8/det attack/NN/attack/6/obj ,/,/,/8/punct killing/VBG/kill/8/acl"
            + " 80/CD/80/10/obj of/IN/of/17/case the/DT/the/15/det paramilitary/JJ/paramilitary/15/amod"
            + " group/NN/group/17/nmod:poss 's/POS/'s/15/case fighters/NNS/fighter/11/nmod ./././3/punct")
        .sentence(RUSSIAS_DRONES)
        .build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "80", 80, 80, "exact"),
        qty(doc, "40", 40, 40, "exact"), qty(doc, "54", 54, 54, "exact")), ActorMentions.none(), List.of(),
        List.of(), List.of());

    assertEquals(List.of("80 killed fighters", "40 weapons drones", "54 weapons drones"),
        claims.stream().map(c -> c.quantity().text() + " " + c.measure() + " " + c.unit()).toList());
    assertEquals("paramilitary group's fighters", claims.get(0).subject().text(), "the owner tells whose they are");
  }

  @Test
  void aNumberBeforeItsOwnOfCountsTheNounAfterTheOfNotOneParsedAsItsHead() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 80/CD/80/8/nummod of/IN/of/5/case its/PRP$/its/5/nmod:poss soldiers/NNS/soldier/2/nmod"
            + " and/CC/and/7/cc 45/CD/45/2/conj civilians/NNS/civilian/10/nsubj:pass were/VBD/be/10/aux:pass"
            + " killed/VBN/kill/0/root ./././10/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "80", 80, 80, "approximate"),
        qty(doc, "45", 45, 45, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("80 killed soldiers", "45 killed civilians"),
        claims.stream().map(c -> c.quantity().text() + " " + c.measure() + " " + c.unit()).toList());
  }

  @Test
  void anOwnerBetweenTheNumberAndItsNounPlacesNothing() {
    AnnotatedText doc = HandText.create()
        .sentence(RUSSIAS_DRONES)
        .build();
    int at = doc.text().indexOf("Russia");
    List<Place> russia = List.of(new Place("Russia", "Russia", "RUS", 61.5, 105.3, "country", at, at + 6));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "40", 40, 40, "exact")), ActorMentions.none(),
        List.of(), russia, List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).place(), () -> "claims: " + claims);
  }

  @Test
  void aDateAfterTheLastOfTwoConjoinedHarmsDatesBoth() {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/4/det Russian/JJ/russian/4/amod glide/NN/glide/4/compound bomb/NN/bomb/5/nsubj killed/VBD/kill/0/root"
            + " five/CD/five/7/nummod people/NNS/person/5/obj and/CC/and/9/cc wounded/VBD/wound/5/conj 12/CD/12/9/obj"
            + " on/IN/on/12/case Thursday/NNP/thursday/9/obl ,/,/,/5/punct officials/NNS/official/15/nsubj"
            + " said/VBD/say/5/parataxis ./././5/punct")
        .build();
    int at = doc.text().indexOf("Thursday");
    TimeExpression thursday = new TimeExpression("Thursday", at, at + 8, "DATE", "2025-09-18");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "five", 5, 5, "exact"),
        qty(doc, "12", 12, 12, "exact")), ActorMentions.none(), List.of(thursday), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("2025-09-18", claims.get(0).time() == null ? null : claims.get(0).time().value(), () -> "claims: " + claims);
    assertEquals("2025-09-18", claims.get(1).time().value());
  }

  @Test
  void aDateInAnotherConjunctsOwnWordsDatesNotAFigureWithASubjectOfItsOwn() {
    AnnotatedText doc = HandText.create().sentence(
        "24,000/CD/24000/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " last/JJ/last/6/amod year/NN/year/4/obl:tmod ,/,/,/4/punct and/CC/and/12/cc the/DT/the/10/det"
            + " toll/NN/toll/12/nsubj has/VBZ/have/12/aux passed/VBN/pass/4/conj 72,000/CD/72000/12/obj ./././4/punct")
        .build();
    int at = doc.text().indexOf("last year");
    TimeExpression lastYear = new TimeExpression("last year", at, at + 9, "DATE", "2025");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "24,000", 24000, 24000, "exact"),
        qty(doc, "72,000", 72000, 72000, "exact")), ActorMentions.none(), List.of(lastYear), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("2025", claims.get(0).time().value());
    assertNull(claims.get(1).time(), () -> "claims: " + claims);
  }

  @Test
  void aDateBeforeBothConjunctsIsTheirsAlike() {
    AnnotatedText doc = HandText.create().sentence(
        "On/IN/on/2/case Monday/NNP/monday/4/obl:tmod gunmen/NNS/gunman/4/nsubj stormed/VBD/storm/0/root a/DT/a/6/det"
            + " village/NN/village/4/obj and/CC/and/10/cc 12/CD/12/9/nummod people/NNS/person/10/nsubj"
            + " died/VBD/die/4/conj ./././4/punct").build();
    int at = doc.text().indexOf("Monday");
    TimeExpression monday = new TimeExpression("Monday", at, at + 6, "DATE", "2026-05-18");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact")), ActorMentions.none(),
        List.of(monday), List.of(), List.of());

    assertEquals("2026-05-18", claims.get(0).time() == null ? null : claims.get(0).time().value(), () -> "claims: " + claims);
  }

  @Test
  void aFigureACountOfTheHarmedReachesIsATotalOfThatHarmEvenAfterAnIncident() {
    // parsed as the tagger often does, with "killed" for the main verb and "rose" hung on "truce"
    AnnotatedText doc = HandText.create().sentence(
        "Shelling/VBG/shell/2/nsubj killed/VBN/kill/0/root five/CD/five/4/nummod people/NNS/person/2/obj"
            + " on/IN/on/6/case Monday/NNP/monday/2/obl as/IN/as/12/mark the/DT/the/9/det number/NN/number/12/nsubj"
            + " of/IN/of/11/case people/NNS/person/9/nmod killed/VBN/kill/2/advcl since/IN/since/16/mark"
            + " the/DT/the/15/det truce/NN/truce/16/nsubj rose/VBD/rise/12/advcl to/IN/to/18/case 468/CD/468/16/obl"
            + " ./././2/punct").build();
    int at = doc.text().indexOf("Monday");
    TimeExpression monday = new TimeExpression("Monday", at, at + 6, "DATE", "2026-05-18");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "five", 5, 5, "exact"),
        qty(doc, "468", 468, 468, "exact")), ActorMentions.none(), List.of(monday), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("incident", claims.get(0).kind());
    assertEquals("killed", claims.get(1).measure());
    assertEquals("total", claims.get(1).kind(), () -> "claims: " + claims);
    assertNull(claims.get(1).time(), () -> "claims: " + claims);
  }

  @Test
  void theNumberOfPeopleWhoHaveFledIsACountOfTheDisplaced() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/9/nsubj of/IN/of/4/case people/NNS/person/2/nmod who/WP/who/7/nsubj"
            + " have/VBP/have/7/aux fled/VBN/flee/4/acl:relcl has/VBZ/have/9/aux risen/VBN/rise/0/root to/IN/to/11/case"
            + " 14,000/CD/14000/9/obl ./././9/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "14,000", 14000, 14000, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("displaced", claims.get(0).measure());
  }

  @Test
  void aNumberWithAHarmWordOfItsOwnCountsThatHarm() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj put/VBD/put/0/root the/DT/the/5/det toll/NN/toll/3/obj"
            + " at/IN/at/8/case 72,455/CD/72455/8/dep killed/VBN/kill/3/obl and/CC/and/11/cc 172,190/CD/172190/11/nsubj"
            + " wounded/VBN/wound/8/conj ,/,/,/3/punct with/IN/with/15/case 9,000/CD/9000/15/nummod"
            + " missing/VBN/miss/3/obl ./././3/punct")
        .sentence("It/PRP/it/2/nsubj brought/VBD/bring/0/root the/DT/the/4/det toll/NN/toll/2/obj to/IN/to/6/case"
            + " 100/CD/100/2/obl ,/,/,/9/punct with/IN/with/9/case 240/CD/240/2/obl wounded/VBN/wound/9/amod"
            + " ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "72,455", 72455, 72455, "exact"),
        qty(doc, "172,190", 172190, 172190, "exact"), qty(doc, "100", 100, 100, "exact"),
        qty(doc, "240", 240, 240, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("72,455 killed", "172,190 wounded", "100 killed", "240 wounded"),
        claims.stream().map(c -> c.quantity().text() + " " + c.measure()).toList());
  }

  @Test
  void moreOfAnotherNumberAddsNothingToTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det toll/NN/toll/4/nsubj had/VBD/have/4/aux risen/VBN/rise/0/root to/IN/to/6/case"
            + " 29/CD/29/4/obl after/IN/after/12/mark five/CD/five/10/nummod more/JJR/more/10/amod bodies/NNS/body/12/nsubj:pass"
            + " were/VBD/be/12/aux:pass pulled/VBN/pull/4/advcl ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "29", 29, 29, "exact"),
        qty(doc, "five", 5, 5, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertNotEquals("increment", claims.get(0).kind(), () -> "claims: " + claims);
    assertEquals("increment", claims.get(1).kind(), () -> "claims: " + claims);
  }

  @Test
  void moreInAnotherVerbsWordsAddsNothingToTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Rescuers/NNS/rescuer/2/nsubj found/VBD/find/0/root 19/CD/19/4/nummod bodies/NNS/body/2/obj as/IN/as/7/mark"
            + " crews/NNS/crew/7/nsubj brought/VBD/bring/2/advcl more/JJR/more/9/amod equipment/NN/equipment/7/obj"
            + " ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "19", 19, 19, "exact")), ActorMentions.none(),
        List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNotEquals("increment", claims.get(0).kind(), () -> "claims: " + claims);
  }

  @Test
  void anIncidentsPlaceBeforeASinceIsNotTheRunningTotals() {
    AnnotatedText doc = HandText.create().sentence(
        "An/DT/an/2/det airstrike/NN/airstrike/6/nsubj in/IN/in/5/case Gaza/NNP/gaza/5/compound City/NNP/city/2/nmod"
            + " killed/VBD/kill/0/root four/CD/four/8/nummod people/NNS/person/6/obj ,/,/,/6/punct bringing/VBG/bring/6/advcl"
            + " the/DT/the/12/det number/NN/number/10/obj of/IN/of/14/case people/NNS/person/12/nmod killed/VBN/kill/14/acl"
            + " since/IN/since/18/case the/DT/the/18/det truce/NN/truce/15/obl to/IN/to/20/case 690/CD/690/10/obl"
            + " ./././6/punct").build();
    int at = doc.text().indexOf("Gaza City");
    List<Place> places = List.of(new Place("Gaza City", "Gaza City", "PSE", 31.5, 34.47, "locality", at, at + 9));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "four", 4, 4, "exact"),
        qty(doc, "690", 690, 690, "exact")), ActorMentions.none(), List.of(), places, List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("Gaza City", claims.get(0).place() == null ? null : claims.get(0).place().name());
    assertNull(claims.get(1).place(), () -> "claims: " + claims);
  }

  @Test
  void thePeopleACountOfTheHarmedNamesAreItsSubjectAndASinceBetweenMakesItRunning() {
    AnnotatedText doc = HandText.create().sentence(
        "An/DT/a/2/det airstrike/NN/airstrike/3/nsubj killed/VBD/kill/0/root four/CD/four/5/nummod people/NNS/person/3/obj"
            + " ,/,/,/3/punct bringing/VBG/bring/3/advcl the/DT/the/9/det number/NN/number/12/nsubj of/IN/of/11/case"
            + " Palestinians/NNPS/palestinian/9/nmod killed/VBN/kill/7/advcl since/IN/since/16/mark the/DT/the/15/det"
            + " truce/NN/truce/16/nsubj began/VBD/begin/12/advcl to/IN/to/18/case 690/CD/690/16/obl ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "four", 4, 4, "exact"),
        qty(doc, "690", 690, 690, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("killed", claims.get(1).measure());
    assertEquals("total", claims.get(1).kind(), () -> "claims: " + claims);
    assertEquals("Palestinians", claims.get(1).subject() == null ? null : claims.get(1).subject().text());
  }

  @Test
  void theNumberPutLowerIsTheQuantityJustGivenCountedAgain() {
    AnnotatedText doc = HandText.create().sentence(
        "Fighting/NN/fighting/2/nsubj forced/VBD/force/0/root 120,000/CD/120000/4/nummod people/NNS/person/2/obj"
            + " from/IN/from/7/case their/PRP$/their/7/nmod:poss homes/NNS/home/2/obl on/IN/on/9/case Monday/NNP/monday/2/obl"
            + " ,/,/,/2/punct though/IN/though/15/mark an/DT/a/14/det aid/NN/aid/14/compound group/NN/group/15/nsubj"
            + " put/VBD/put/2/advcl the/DT/the/17/det number/NN/number/15/obj far/RB/far/19/advmod lower/JJR/low/15/advmod"
            + " ,/,/,/15/punct at/IN/at/22/case 45,000/CD/45000/15/obl ./././2/punct").build();
    int at = doc.text().indexOf("Monday");
    TimeExpression monday = new TimeExpression("Monday", at, at + 6, "DATE", "2026-05-04");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "120,000", 120000, 120000, "exact"),
        qty(doc, "45,000", 45000, 45000, "exact")), ActorMentions.none(), List.of(monday), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals(claims.get(0).measure(), claims.get(1).measure());
    assertEquals(claims.get(0).kind(), claims.get(1).kind());
    assertEquals("2026-05-04", claims.get(1).time() == null ? null : claims.get(1).time().value());
  }

  @Test
  void aFigureInANegatedClauseIsDeniedNotClaimed() {
    String denied = "We/PRP/we/4/nsubj do/VBP/do/4/aux not/RB/not/4/advmod see/VB/see/0/root evidence/NN/evidence/4/obj"
        + " of/IN/of/8/case 120,000/CD/120000/8/nummod people/NNS/person/5/nmod ./././4/punct";
    String seen = "We/PRP/we/2/nsubj see/VBP/see/0/root evidence/NN/evidence/2/obj"
        + " of/IN/of/6/case 120,000/CD/120000/6/nummod people/NNS/person/3/nmod ./././2/punct";
    String killed = "The/DT/the/2/det army/NN/army/5/nsubj did/VBD/do/5/aux not/RB/not/5/advmod kill/VB/kill/0/root"
        + " 40/CD/40/7/nummod civilians/NNS/civilian/5/obj ./././5/punct";
    for (String[] c : new String[][] {{denied, "120,000", "0"}, {seen, "120,000", "1"}, {killed, "40", "0"}}) {
      AnnotatedText doc = HandText.create().sentence(c[0]).build();
      double n = Double.parseDouble(c[1].replace(",", ""));
      List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, c[1], n, n, "exact")), ActorMentions.none(),
          List.of(), List.of(), List.of());
      assertEquals(Integer.parseInt(c[2]), claims.size(), () -> doc.text() + ": " + claims);
    }
  }

  @Test
  void aPlaceInACountsOwnWordsBeforeASinceIsTheCountsAndAComparedFigureSharesIt() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det number/NN/number/14/nsubj of/IN/of/4/case people/NNS/person/2/nmod who/WP/who/7/nsubj"
            + " have/VBP/have/7/aux fled/VBN/flee/4/acl:relcl from/IN/from/9/case Bara/NNP/bara/7/obl since/IN/since/12/case"
            + " the/DT/the/12/det assault/NN/assault/7/obl has/VBZ/have/14/aux risen/VBN/rise/0/root to/IN/to/16/case"
            + " 14,000/CD/14000/14/obl ,/,/,/14/punct up/RB/up/14/advmod from/IN/from/20/case 10,000/CD/10000/18/obl"
            + " ./././14/punct").build();
    int at = doc.text().indexOf("Bara");
    List<Place> places = List.of(new Place("Bara", "Bara", "SDN", 13.7, 30.4, "locality", at, at + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "14,000", 14000, 14000, "exact"),
        qty(doc, "10,000", 10000, 10000, "exact")), ActorMentions.none(), List.of(), places, List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("Bara", claims.get(0).place() == null ? null : claims.get(0).place().name(), () -> "claims: " + claims);
    assertEquals("Bara", claims.get(1).place() == null ? null : claims.get(1).place().name(), () -> "claims: " + claims);
  }

  @Test
  void aConjunctWithNoSubjectOfItsOwnSharesTheSinceOfTheClauseItIsConjoinedTo() {
    AnnotatedText doc = HandText.create().sentence(
        "Violence/NN/violence/3/nsubj has/VBZ/have/3/aux killed/VBN/kill/0/root 20,000/CD/20000/5/nummod"
            + " people/NNS/person/3/obj since/IN/since/7/case 2015/CD/2015/3/obl and/CC/and/9/cc"
            + " displaced/VBN/displace/3/conj 9,000/CD/9000/9/obj ./././3/punct").build();
    int y = doc.text().indexOf("2015");
    TimeExpression since = new TimeExpression("2015", y, y + 4, "DATE", "2015");

    List<Claim> claims = new ClaimFinder().find(doc,
        List.of(qty(doc, "20,000", 20000, 20000, "exact"), qty(doc, "9,000", 9000, 9000, "exact")),
        ActorMentions.none(), List.of(since), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("2015", claims.get(1).time() == null ? null : claims.get(1).time().value(), () -> "claims: " + claims);
  }

  @Test
  void aDateOnANounAnOrdinalRanksIsTheFrameOfTheRankingNotTheFiguresDate() {
    AnnotatedText doc = HandText.create().sentence(
        "Rebels/NNS/rebel/2/nsubj fired/VBD/fire/0/root two/CD/two/4/nummod missiles/NNS/missile/2/obj"
            + " at/IN/at/7/case a/DT/a/7/det tanker/NN/tanker/2/obl ,/,/,/2/punct the/DT/the/11/det third/JJ/third/11/amod"
            + " attack/NN/attack/2/obj on/IN/on/13/case shipping/VBG/ship/11/nmod this/DT/this/15/det"
            + " month/NN/month/11/obl:tmod ./././2/punct").build();
    int m = doc.text().indexOf("this month");
    TimeExpression month = new TimeExpression("this month", m, m + 10, "DATE", "2026-11");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "two", 2, 2, "exact")),
        ActorMentions.none(), List.of(month), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).time(), () -> "claims: " + claims);

    AnnotatedText span = HandText.create().sentence(
        "Attacks/NNS/attack/2/nsubj killed/VBD/kill/0/root 700/CD/700/4/nummod people/NNS/person/2/obj"
            + " in/IN/in/9/case the/DT/the/9/det first/JJ/first/9/amod nine/CD/nine/9/nummod months/NNS/month/2/obl"
            + " of/IN/of/12/case the/DT/the/12/det year/NN/year/9/nmod ./././2/punct").build();
    int y = span.text().indexOf("the year");
    List<Claim> spanned = new ClaimFinder().find(span, List.of(qty(span, "700", 700, 700, "exact")),
        ActorMentions.none(), List.of(new TimeExpression("the year", y, y + 8, "DATE", "2026")), List.of(), List.of());
    assertEquals("2026", spanned.get(0).time() == null ? null : spanned.get(0).time().value(), () -> "claims: " + spanned);
  }

  @Test
  void schoolgirlsAndPedestriansArePeopleAHarmCounts() {
    for (String noun : List.of("schoolgirls/NNS/schoolgirl", "pedestrians/NNS/pedestrian", "toddlers/NNS/toddler")) {
      AnnotatedText doc = HandText.create().sentence(
          "25/CD/25/2/nummod " + noun + "/4/nsubj:pass were/VBD/be/4/aux:pass kidnapped/VBN/kidnap/0/root"
              + " ./././4/punct").build();

      List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "25", 25, 25, "exact")),
          ActorMentions.none(), List.of(), List.of(), List.of());

      assertEquals(List.of("captured"), claims.stream().map(Claim::measure).toList(), noun);
    }
  }

  @Test
  void tonnesOfFoodAreAidByWeight() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det agency/NN/agency/3/nsubj delivered/VBD/deliver/0/root 40,000/CD/40000/5/nummod"
            + " tonnes/NNS/tonne/3/obj of/IN/of/7/case food/NN/food/5/nmod ./././3/punct").build();
    Quantity q = new Quantity("40,000 tonnes", doc.text().indexOf("40,000"), doc.text().indexOf(" of"), 40000.0,
        40000.0, "exact", "tonnes", null);

    List<Claim> claims = new ClaimFinder().find(doc, List.of(q), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("aid tonnes"), claims.stream().map(c -> c.measure() + " " + c.unit()).toList());
  }

  @Test
  void aSinceBeforeThePeopleCountedStartsNoCountOfThem() {
    AnnotatedText doc = HandText.create().sentence(
        "October/NNP/october/5/nsubj was/VBD/be/5/cop the/DT/the/5/det deadliest/JJS/deadly/5/amod month/NN/month/0/root"
            + " for/IN/for/7/case civilians/NNS/civilian/5/obl since/IN/since/9/case 2022/CD/2022/5/obl ,/,/,/5/punct"
            + " with/IN/with/13/case 240/CD/240/13/dep killed/VBN/kill/5/obl and/CC/and/16/cc 1,150/CD/1150/16/nsubj"
            + " injured/VBN/injure/13/conj ./././5/punct").build();
    TimeExpression october = new TimeExpression("October", 0, 7, "DATE", "2026-10");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "1,150", 1150, 1150, "exact")),
        ActorMentions.none(), List.of(october), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("2026-10", claims.get(0).time() == null ? null : claims.get(0).time().value(), () -> "claims: " + claims);
  }

  @Test
  void weaponsAStateAttackedWithOvernightAreTheNightsNotDatedByASuperlativesYear() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj attacked/VBD/attack/0/root Ukraine/NNP/ukraine/2/obj overnight/RB/overnight/2/advmod"
            + " with/IN/with/7/case 210/CD/210/7/nummod drones/NNS/drone/2/obl ,/,/,/7/punct one/CD/one/7/appos"
            + " of/IN/of/14/case the/DT/the/14/det largest/JJS/large/14/amod aerial/JJ/aerial/14/amod assaults/NNS/assault/9/nmod"
            + " this/DT/this/16/det year/NN/year/9/obl:tmod ./././2/punct").build();
    int night = doc.text().indexOf("overnight");
    int year = doc.text().indexOf("this year");
    List<TimeExpression> times = List.of(new TimeExpression("overnight", night, night + 9, "TIME", "2026-07-05TNI"),
        new TimeExpression("this year", year, year + 9, "DATE", "2026"));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "210", 210, 210, "exact")), ActorMentions.none(),
        times, List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("incident", claims.get(0).kind(), () -> "claims: " + claims);
    assertEquals("2026-07-05TNI", claims.get(0).time() == null ? null : claims.get(0).time().value());
  }

  @Test
  void aDateASuperlativeRanksAgainstDatesNoFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Some/DT/some/2/advmod 300/CD/300/3/nummod civilians/NNS/civilian/5/nsubj:pass were/VBD/be/5/aux:pass"
            + " killed/VBN/kill/0/root ,/,/,/5/punct the/DT/the/9/det worst/JJS/bad/9/amod violence/NN/violence/5/obl:npmod"
            + " this/DT/this/11/det year/NN/year/9/obl:tmod ./././5/punct").build();
    int year = doc.text().indexOf("this year");
    TimeExpression thisYear = new TimeExpression("this year", year, year + 9, "DATE", "2026");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "300", 300, 300, "approximate")),
        ActorMentions.none(), List.of(thisYear), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).time(), () -> "claims: " + claims);
  }

  @Test
  void aWindowBackFromTheReportDatesAFigureButAPlainDurationDoesNot() {
    AnnotatedText doc = HandText.create().sentence(
        "In/IN/in/4/case the/DT/the/4/det past/JJ/past/4/amod days/NNS/day/8/obl ,/,/,/8/punct 31/CD/31/7/nummod"
            + " civilians/NNS/civilian/8/nsubj:pass died/VBD/die/0/root ./././8/punct").build();
    int at = doc.text().indexOf("the past days");
    TimeExpression window = new TimeExpression("the past days", at, at + 13, "DURATION", "PXD");
    TimeExpression plain = new TimeExpression("days", at + 9, at + 13, "DURATION", "PXD");

    List<Claim> dated = new ClaimFinder().find(doc, List.of(qty(doc, "31", 31, 31, "exact")), ActorMentions.none(),
        List.of(window), List.of(), List.of());
    List<Claim> undated = new ClaimFinder().find(doc, List.of(qty(doc, "31", 31, 31, "exact")), ActorMentions.none(),
        List.of(plain), List.of(), List.of());

    assertEquals("PXD", dated.get(0).time() == null ? null : dated.get(0).time().value(), () -> "claims: " + dated);
    assertNull(undated.get(0).time(), () -> "claims: " + undated);
  }

  @Test
  void aComparedFiguresDateAfterAPhraseDatesNoOtherFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj recorded/VBD/record/0/root 2,100/CD/2,100/4/nummod attacks/NNS/attack/2/obj ,/,/,/2/punct"
            + " compared/VBN/compare/2/advcl with/IN/with/8/case 1,650/CD/1,650/6/obl in/IN/in/12/case the/DT/the/12/det"
            + " same/JJ/same/12/amod period/NN/period/8/nmod of/IN/of/14/case 2025/CD/2025/12/nmod ,/,/,/17/punct"
            + " injuring/VBG/injure/2/advcl 7/CD/7/19/nummod people/NNS/person/17/obj ./././2/punct").build();
    int at = doc.text().indexOf("2025");
    TimeExpression year = new TimeExpression("2025", at, at + 4, "DATE", "2025");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "2,100", 2100, 2100, "exact"),
        qty(doc, "1,650", 1650, 1650, "exact"), qty(doc, "7", 7, 7, "exact")), ActorMentions.none(),
        List.of(year), List.of(), List.of());

    assertNull(claims.get(0).time(), () -> "claims: " + claims);
    assertNull(claims.get(claims.size() - 1).time(), () -> "claims: " + claims);
  }

  @Test
  void aCalibreCountsNothing() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj sent/VBD/send/0/root 10,000/CD/10000/5/nummod 155mm/CD/155mm/5/nummod"
            + " shells/NNS/shell/2/obj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "10,000", 10000, 10000, "exact"),
        qty(doc, "155mm", 155, 155, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("10,000"), claims.stream().map(c -> c.quantity().text()).toList());
  }

  @Test
  void aNumberHyphenedToANounCountsThatNoun() {
    AnnotatedText doc = HandText.create().sentence(
        "Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root a/DT/a/7/det nine/CD/nine/6/nummod -/HYPH/-/6/punct"
            + " storey/NN/storey/7/compound building/NN/building/2/obj and/CC/and/12/cc an/DT/an/12/det"
            + " eight/CD/eight/11/nummod -/HYPH/-/11/punct person/NN/person/12/compound team/NN/team/7/conj"
            + " ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "nine", 9, 9, "exact"),
        qty(doc, "eight", 8, 8, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of(), claims);
  }

  @Test
  void aMeasureHyphenedToItsNumberIsASizeNotACount() {
    AnnotatedText doc = HandText.create().sentence(
        "Two/CD/two/5/nummod 500/CD/500/4/nummod -/HYPH/-/4/punct kilogram/NN/kilogram/5/compound"
            + " bombs/NNS/bomb/6/nsubj hit/VBD/hit/0/root the/DT/the/8/det village/NN/village/6/obj ./././6/punct").build();
    Quantity size = new Quantity("500 - kilogram", doc.text().indexOf("500"), doc.text().indexOf("kilogram") + 8,
        500, 500, "exact", "kg", null);

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Two", 2, 2, "exact"), size),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("Two"), claims.stream().map(c -> c.quantity().text()).toList());
  }

  @Test
  void theTollARiseStartedFromIsATollToo() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det toll/NN/toll/4/nsubj had/VBD/have/4/aux risen/VBN/rise/0/root to/IN/to/6/case"
            + " 71,200/CD/71200/4/obl ,/,/,/4/punct up/RB/up/4/advmod from/IN/from/10/case 70,900/CD/70900/8/obl"
            + " ./././4/punct").build();

    Claim earlier = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "70,900", 70900, 70900, "exact")));

    assertEquals("killed", earlier.measure());
    assertEquals("toll", earlier.unit());
  }

  @Test
  void aNumberWithItsOwnVerbOfHarmCountsTheNounBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Two/CD/two/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " and/CC/and/7/cc nine/CD/nine/7/nsubj wounded/VBN/wound/4/conj ./././4/punct").build();

    Claim killed = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "Two", 2, 2, "exact")));
    Claim wounded = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "nine", 9, 9, "exact")));

    assertEquals("killed", killed.measure());
    assertEquals("wounded", wounded.measure());
    assertEquals("people", wounded.subject().text());
  }

  @Test
  void aMisparsedPassiveHarmRightAfterTheNounGivesTheMeasureAndTheClauseItsRate() {
    // the parser reads "between 600 and 700 soldiers" as a phrase of "said" and "killed" as a dep
    AnnotatedText doc = HandText.create().sentence(
        "Officials/NNS/official/2/nsubj said/VBD/say/0/root between/IN/between/6/case 600/CD/600/6/nummod"
            + " and/CC/and/5/cc 700/CD/700/4/conj soldiers/NNS/soldier/2/obl were/VBD/be/10/aux"
            + " being/VBG/be/10/aux:pass killed/VBN/kill/2/dep or/CC/or/12/cc wounded/VBN/wound/10/conj"
            + " every/DT/every/14/det day/NN/day/10/obl:tmod ./././2/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "between 600 and 700", 600, 700, "range")));

    assertEquals("casualties", c.measure());
    assertEquals("day", c.per());
    assertEquals("rate", c.kind());
  }

  @Test
  void aSentenceOpeningWithEveryWeekGivesItsFigureARate() {
    AnnotatedText doc = HandText.create().sentence(
        "Every/DT/every/2/det week/NN/week/8/obl:tmod ,/,/,/8/punct thousands/NNS/thousand/6/nummod more/JJR/more/6/amod"
            + " people/NNS/person/8/nsubj:pass are/VBP/be/8/aux:pass displaced/VBN/displace/0/root ./././8/punct").build();
    AnnotatedText last = HandText.create().sentence(
        "Last/JJ/last/2/amod week/NN/week/8/obl:tmod ,/,/,/8/punct thousands/NNS/thousand/6/nummod more/JJR/more/6/amod"
            + " people/NNS/person/8/nsubj:pass were/VBD/be/8/aux:pass displaced/VBN/displace/0/root ./././8/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "thousands", 1000, 9000, "vague")));
    Claim once = only(find(last, ActorMentions.none(), List.of(), qty(last, "thousands", 1000, 9000, "vague")));

    assertEquals("week", c.per());
    assertEquals("rate", c.kind());
    assertNull(once.per());
  }

  @Test
  void settlementsCountTerritoryOnlyWhenTakenOrHeld() {
    AnnotatedText captured = HandText.create().sentence(
        "Troops/NNS/troop/2/nsubj captured/VBD/capture/0/root two/CD/two/4/nummod villages/NNS/village/2/obj"
            + " ./././2/punct").build();
    AnnotatedText capture = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj claimed/VBD/claim/0/root the/DT/the/4/det capture/NN/capture/2/obj of/IN/of/8/case"
            + " two/CD/two/8/nummod more/JJR/more/8/amod villages/NNS/village/4/nmod ./././2/punct").build();
    AnnotatedText struck = HandText.create().sentence(
        "Airstrikes/NNS/airstrike/0/root on/IN/on/4/case two/CD/two/4/nummod villages/NNS/village/1/nmod"
            + " ./././1/punct").build();
    AnnotatedText bombed = HandText.create().sentence(
        "Extremists/NNS/extremist/2/nsubj bombed/VBD/bomb/0/root two/CD/two/4/nummod towns/NNS/town/2/obj"
            + " ./././2/punct").build();

    assertEquals("territory", only(find(captured, ActorMentions.none(), List.of(), qty(captured, "two", 2, 2, "exact"))).measure());
    assertEquals("territory", only(find(capture, ActorMentions.none(), List.of(), qty(capture, "two", 2, 2, "exact"))).measure());
    assertEquals(List.of(), find(struck, ActorMentions.none(), List.of(), qty(struck, "two", 2, 2, "exact")));
    assertEquals(List.of(), find(bombed, ActorMentions.none(), List.of(), qty(bombed, "two", 2, 2, "exact")));
  }

  @Test
  void aSpanOfTimeOrADayEarlierIsNoRate() {
    AnnotatedText within = HandText.create().sentence(
        "300/CD/300/2/nummod soldiers/NNS/soldier/3/nsubj died/VBD/die/0/root in/IN/in/6/case a/DT/a/6/det"
            + " year/NN/year/3/obl ./././3/punct").build();
    AnnotatedText earlier = HandText.create().sentence(
        "300/CD/300/2/nummod soldiers/NNS/soldier/3/nsubj died/VBD/die/0/root a/DT/a/5/det day/NN/day/6/obl:npmod"
            + " earlier/RBR/earlier/3/advmod ./././3/punct").build();

    assertEquals(null, only(find(within, ActorMentions.none(), List.of(), qty(within, "300", 300, 300, "exact"))).per());
    assertEquals(null, only(find(earlier, ActorMentions.none(), List.of(), qty(earlier, "300", 300, 300, "exact"))).per());
  }

  @Test
  void aRelativeClauseOnTheClaimantIsNotPartOfIt() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/8/nsubj ,/,/,/5/punct which/WDT/which/5/nsubj"
            + " counts/VBZ/count/2/acl:relcl civilians/NNS/civilian/5/obj ,/,/,/5/punct says/VBZ/say/0/root"
            + " 300/CD/300/10/nummod people/NNS/person/12/nsubj:pass were/VBD/be/12/aux:pass"
            + " killed/VBN/kill/8/ccomp ./././8/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "300", 300, 300, "exact")));

    assertEquals("The ministry", c.source().text());
  }

  @Test
  void fightersLostAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det group/NN/group/4/nsubj had/VBD/have/4/aux lost/VBN/lose/0/root 200/CD/200/6/nummod"
            + " fighters/NNS/fighter/4/obj ./././4/punct").build();

    assertEquals("casualties", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "200", 200, 200, "exact"))).measure());
  }

  @Test
  void ofThemCountsThePeopleOfTheFigureBeforeWithItsOwnHarm() {
    AnnotatedText doc = HandText.create()
        .sentence("11,000/CD/11,000/2/nummod soldiers/NNS/soldier/3/nsubj arrived/VBD/arrive/0/root ./././3/punct")
        .sentence("4,700/CD/4,700/5/nsubj:pass of/IN/of/3/case them/PRP/they/1/nmod were/VBD/be/5/aux:pass"
            + " killed/VBN/kill/0/root or/CC/or/7/cc wounded/VBN/wound/5/conj ./././5/punct").build();
    AnnotatedText alone = HandText.create()
        .sentence("4,700/CD/4,700/5/nsubj:pass of/IN/of/3/case them/PRP/they/1/nmod were/VBD/be/5/aux:pass"
            + " killed/VBN/kill/0/root ./././5/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11,000", 11000, 11000, "exact"),
        qty(doc, "4,700", 4700, 4700, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size());
    assertEquals("casualties", claims.get(1).measure());
    assertEquals("soldiers", claims.get(1).unit());
    assertEquals("soldiers", claims.get(1).subject().text());
    assertTrue(find(alone, ActorMentions.none(), List.of(), qty(alone, "4,700", 4700, 4700, "exact")).isEmpty(),
        "no figure before: nothing to count");
  }

  @Test
  void piecesOfArtilleryAreWeaponsAndAHyphenatedModifierStaysWhole() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj supplied/VBD/supply/0/root 200/CD/200/8/nummod long/JJ/long/6/amod -/HYPH/-/6/punct"
            + " range/NN/range/8/compound artillery/NN/artillery/8/compound pieces/NNS/piece/2/obj ./././2/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "200", 200, 200, "exact")));

    assertEquals("weapons", c.measure());
    assertEquals("pieces", c.unit());
    assertEquals(doc.text().substring(doc.text().indexOf("long"), doc.text().indexOf("pieces") + 6), c.subject().text());
  }

  @Test
  void troopsOutOfActionAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "5,000/CD/5,000/2/nummod troops/NNS/troop/0/root were/VBD/be/2/cop out/IN/out/6/case of/IN/of/4/fixed"
            + " action/NN/action/2/nmod ./././2/punct").build();

    assertEquals("casualties", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "5,000", 5000, 5000, "exact"))).measure());
  }

  @Test
  void aComparedFigureCountsWhatTheFigureBeforeCountsAndKeepsItsOwnDate() {
    AnnotatedText doc = HandText.create().sentence(
        "11,000/CD/11,000/2/nummod soldiers/NNS/soldier/3/nsubj remain/VBP/remain/0/root ,/,/,/5/punct"
            + " up/RB/up/3/advmod from/IN/from/7/case 10,000/CD/10,000/5/obl last/JJ/last/9/amod autumn/NN/autumn/7/nmod:tmod"
            + " ./././3/punct").build();
    int at = doc.text().indexOf("last autumn");
    TimeExpression autumn = new TimeExpression("last autumn", at, at + 11, "DATE", "2024-FA");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11,000", 11000, 11000, "exact"),
        qty(doc, "10,000", 10000, 10000, "exact")), ActorMentions.none(), List.of(autumn), List.of(), List.of());

    assertEquals(2, claims.size());
    assertEquals("soldiers", claims.get(1).unit());
    assertEquals("soldiers", claims.get(1).subject().text());
    assertEquals("2024-FA", claims.get(1).time().value());
    assertNull(claims.get(0).time(), "the date is the compared figure's alone");
  }

  @Test
  void targetsStruckCountTheStrikersAttacks() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj struck/VBD/strike/0/root 120/CD/120/5/nummod Korean/JJ/korean/5/amod"
            + " targets/NNS/target/2/obj ./././2/punct").build();
    AnnotatedText named = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj identified/VBD/identify/0/root 120/CD/120/4/nummod"
            + " targets/NNS/target/2/obj ./././2/punct").build();

    List<Claim> struck = new ClaimFinder().find(doc, List.of(qty(doc, "120", 120, 120, "exact")),
        mentions(doc, List.of(UKR, PRK), "Ukraine", "UKR", "Korean", "PRK"), List.of(), List.of(), List.of());
    List<Claim> identified = new ClaimFinder().find(named, List.of(qty(named, "120", 120, 120, "exact")),
        mentions(named, List.of(UKR), "Ukraine", "UKR"), List.of(), List.of(), List.of());

    assertEquals(1, struck.size(), () -> "claims: " + struck);
    assertEquals("attacks", struck.get(0).measure());
    assertEquals("UKR", struck.get(0).subject().actor(), "the striker's, not the targets' owner's");
    assertEquals(List.of(), identified, "targets not struck count no attacks");
  }

  @Test
  void peopleCountedOnlyWhenHarmedCostNoParseInASentenceWithoutHarm() {
    for (String verb : List.of("backed/VBD/back", "were/VBD/be killed/VBN/kill")) {
      StringBuilder text = new StringBuilder();
      List<org.sitrep.nlp.Token> tokens = new ArrayList<>();
      String[] words = ("Nine/CD/nine voters/NNS/voter " + verb + " ./.").split(" ");
      for (int i = 0; i < words.length; i++) {
        String[] f = (words[i] + "/" + words[i].split("/")[0]).split("/");
        if (i > 0) text.append(' ');
        int start = text.length();
        text.append(f[0]);
        tokens.add(new org.sitrep.nlp.Token(i, f[0], start, text.length(), f[1], f[2], "O"));
      }
      int[] parses = {0};
      org.sitrep.nlp.Sentence s = org.sitrep.nlp.Sentence.deferred(0, 0, tokens, () -> {
        parses[0]++;
        return List.of();
      });
      AnnotatedText doc = new AnnotatedText(text.toString(), List.of(s), List.of());

      new ClaimFinder().find(doc, List.of(qty(doc, "Nine", 9, 9, "exact")), ActorMentions.none(), List.of(),
          List.of(), List.of());

      assertEquals(verb.startsWith("backed") ? 0 : 1, parses[0], verb);
    }
  }

  @Test
  void aPlaceNamedAsWhatAFinerOneLiesInLeavesTheFinerOne() {
    AnnotatedText doc = HandText.create().sentence(
        "Gangs/NNS/gang/2/nsubj stormed/VBD/storm/0/root the/DT/the/4/det town/NN/town/2/obj of/IN/of/6/case"
            + " Liancourt/NNP/liancourt/4/nmod in/IN/in/8/case Artibonite/NNP/artibonite/6/nmod ,/,/,/2/punct"
            + " killing/VBG/kill/2/advcl 25/CD/25/12/nummod people/NNS/person/10/obj ./././2/punct").build();
    int li = doc.text().indexOf("Liancourt");
    int ar = doc.text().indexOf("Artibonite");
    List<Place> places = List.of(new Place("Liancourt", "Liancourt", "HTI", 19.1, -72.5, "locality", li, li + 9),
        new Place("Artibonite", "Artibonite Department", "HTI", 19.3, -72.5, "region", ar, ar + 10));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "25", 25, 25, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("Liancourt", claims.get(0).place().name());
  }

  @Test
  void aPlaceNamedAsWhatACapitalRightBeforeItIsTheCapitalOfLeavesTheCapital() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det RSF/NNP/rsf/3/nsubj shelled/VBD/shell/0/root areas/NNS/area/3/obj of/IN/of/7/case"
            + " El/NNP/el/7/compound Fasher/NNP/fasher/4/nmod ,/,/,/10/punct the/DT/the/10/det capital/NN/capital/7/appos"
            + " of/IN/of/13/case North/NNP/north/13/compound Darfur/NNP/darfur/10/nmod ,/,/,/3/punct"
            + " killing/VBG/kill/3/advcl 13/CD/13/17/nummod civilians/NNS/civilian/15/obj ./././3/punct").build();
    int ef = doc.text().indexOf("El Fasher");
    int nd = doc.text().indexOf("North Darfur");
    List<Place> places = List.of(new Place("El Fasher", "El Fasher", "SDN", 13.6, 25.3, "locality", ef, ef + 9),
        new Place("North Darfur", "North Darfur", "SDN", 15.8, 25.0, "region", nd, nd + 12));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "13", 13, 13, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("El Fasher", claims.get(0).place().name());
  }

  @Test
  void aPlaceOfAPartOfThoseCountedIsNotTheFigures() {
    AnnotatedText doc = HandText.create().sentence(
        "Some/DT/some/3/det 6,270/CD/6,270/3/nummod residents/NNS/resident/4/nsubj fled/VBD/flee/0/root"
            + " the/DT/the/6/det town/NN/town/4/obj ,/,/,/4/punct most/JJS/most/4/obj of/IN/of/10/case"
            + " them/PRP/they/8/nmod to/IN/to/12/case Saint-Marc/NNP/saint-marc/8/nmod ./././4/punct").build();
    int at = doc.text().indexOf("Saint-Marc");
    List<Place> places = List.of(new Place("Saint-Marc", "Saint-Marc", "HTI", 19.1, -72.7, "locality", at, at + 10));

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "Some 6,270", 6270, 6270, "approximate")),
        ActorMentions.none(), List.of(), places, List.of()));

    assertNull(c.place(), "Saint-Marc is where most of them went, not where they fled");
  }

  @Test
  void aNeighbouringPlacePlacesTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Bandits/NNS/bandit/2/nsubj killed/VBD/kill/0/root 17/CD/17/4/nummod vigilantes/NNS/vigilante/2/obj"
            + " in/IN/in/7/case neighbouring/JJ/neighbouring/7/amod Sokoto/NNP/sokoto/2/obl ./././2/punct").build();
    int at = doc.text().indexOf("Sokoto");
    List<Place> places = List.of(new Place("Sokoto", "Sokoto State", "NGA", 13.0, 5.2, "region", at, at + 6));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "17", 17, 17, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("Sokoto State", claims.get(0).place().name());
  }

  @Test
  void whatAnAttackIsOnOrAnAttackingVerbHitsPlacesItsToll() {
    String strikeOn = "The/DT/the/3/det death/NN/death/3/compound toll/NN/toll/9/nsubj from/IN/from/6/case the/DT/the/6/det"
        + " strike/NN/strike/3/nmod on/IN/on/8/case Dnipro/NNP/dnipro/6/nmod rose/VBD/rise/0/root"
        + " to/IN/to/11/case six/CD/six/9/obl ./././9/punct";
    String struck = "Russian/JJ/russian/2/amod drones/NNS/drone/3/nsubj struck/VBD/strike/0/root Kyiv/NNP/kyiv/3/obj"
        + " ,/,/,/3/punct killing/VBG/kill/3/advcl two/CD/two/8/nummod people/NNS/person/6/obj ./././3/punct";

    assertEquals("Dnipro", placeOfTheOneFigure(strikeOn, "Dnipro", "six", 6));
    assertEquals("Kyiv", placeOfTheOneFigure(struck, "Kyiv", "two", 2));
  }

  @Test
  void whatAnAttackIsOnPlacesItsTollThoughItsAttackerComesBetween() {
    String attackBy = "The/DT/the/2/det army/NN/army/3/nsubj repelled/VBD/repel/0/root an/DT/an/5/det attack/NN/attack/3/obj"
        + " by/IN/by/8/case the/DT/the/8/det RSF/NNP/rsf/5/nmod on/IN/on/11/case El/NNP/el/11/compound"
        + " Fasher/NNP/fasher/5/nmod ,/,/,/5/punct killing/VBG/kill/5/acl 100/CD/100/15/nummod"
        + " fighters/NNS/fighter/13/obj ./././3/punct";
    assertEquals("El Fasher", placeOfTheOneFigure(attackBy, "El Fasher", "100", 100));
  }

  @Test
  void whereDronesWereDownedOverPlacesTheirCount() {
    String over = "Air/NN/air/2/compound defences/NNS/defence/3/nsubj downed/VBD/down/0/root 30/CD/30/5/nummod"
        + " drones/NNS/drone/3/obj over/IN/over/7/case Belgorod/NNP/belgorod/3/obl ./././3/punct";
    assertEquals("Belgorod", placeOfTheOneFigure(over, "Belgorod", "30", 30));
  }

  /** The place of the one figure a hand-parsed sentence gives, with {@code town} the one place it names. */
  private static String placeOfTheOneFigure(String parse, String town, String number, double value) {
    AnnotatedText doc = HandText.create().sentence(parse).build();
    int at = doc.text().indexOf(town);
    List<Place> places = List.of(new Place(town, town, "UKR", 48.5, 35.0, "locality", at, at + town.length()));
    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, number, value, value, "exact")), ActorMentions.none(),
        List.of(), places, List.of()));
    return c.place() == null ? null : c.place().name();
  }

  @Test
  void aPlaceOwnedByAWiderOnePlacesTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Bandits/NNS/bandit/2/nsubj abducted/VBD/abduct/0/root 50/CD/50/4/nummod people/NNS/person/2/obj"
            + " in/IN/in/9/case northwestern/JJ/northwestern/7/amod Nigeria/NNP/nigeria/9/nmod:poss 's/POS/'s/7/case"
            + " Zamfara/NNP/zamfara/2/obl ./././2/punct").build();
    int ng = doc.text().indexOf("Nigeria");
    int za = doc.text().indexOf("Zamfara");
    List<Place> places = List.of(new Place("Nigeria", "Nigeria", "NGA", 9.1, 8.7, "country", ng, ng + 7),
        new Place("Zamfara", "Zamfara State", "NGA", 12.1, 6.2, "region", za, za + 7));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "50", 50, 50, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("Zamfara State", claims.get(0).place().name());
  }

  @Test
  void aCapitalNamedAsTheCapitalOfAStatePlacesTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Gunmen/NNS/gunman/2/nsubj killed/VBD/kill/0/root 70/CD/70/4/nummod people/NNS/person/2/obj"
            + " in/IN/in/8/case Mali/NNP/mali/8/nmod:poss 's/POS/'s/6/case capital/NN/capital/2/obl"
            + " Bamako/NNP/bamako/8/appos ./././2/punct").build();
    int ml = doc.text().indexOf("Mali");
    int bk = doc.text().indexOf("Bamako");
    List<Place> places = List.of(new Place("Mali", "Mali", "MLI", 17.6, -4.0, "country", ml, ml + 4),
        new Place("Bamako", "Bamako", "MLI", 12.6, -8.0, "locality", bk, bk + 6));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "70", 70, 70, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("Bamako", claims.get(0).place().name());
  }

  @Test
  void aCapitalNamedByItsCountrysAdjectivePlacesTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "300/CD/300/2/nummod people/NNS/person/3/nsubj fled/VBD/flee/0/root in/IN/in/7/case the/DT/the/7/det"
            + " Haitian/JJ/haitian/7/amod capital/NN/capital/3/obl ./././3/punct").build();
    int cap = doc.text().indexOf("capital");
    List<Place> places = List.of(
        new Place("capital", "Port-au-Prince", "HTI", 18.5, -72.3, "locality", cap, cap + 7));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "300", 300, 300, "exact")),
        ActorMentions.none(), List.of(), places, List.of());

    assertEquals("Port-au-Prince", claims.get(0).place().name());
  }

  @Test
  void harmInTheStrikesIsOfTheStrikesNotOfTheLatestIncident() {
    String first = "Israel/NNP/israel/2/nsubj struck/VBD/strike/0/root 120/CD/120/4/nummod targets/NNS/target/2/obj"
        + " in/IN/in/6/case Lebanon/NNP/lebanon/2/obl on/IN/on/8/case Tuesday/NNP/tuesday/2/obl ,/,/,/2/punct"
        + " after/IN/after/12/mark Hezbollah/NNP/hezbollah/12/nsubj fired/VBD/fire/2/advcl 60/CD/60/14/nummod"
        + " rockets/NNS/rocket/12/obj into/IN/into/16/case Israel/NNP/israel/12/obl ./././2/punct";
    for (String noun : List.of("strikes/NNS/strike", "strike/NN/strike")) {
      AnnotatedText doc = HandText.create().sentence(first).sentence(
          "Eight/CD/eight/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
              + " in/IN/in/7/case the/DT/the/7/det " + noun + "/4/obl ./././4/punct").build();
      int tue = doc.text().indexOf("Tuesday");
      TimeExpression tuesday = new TimeExpression("Tuesday", tue, tue + 7, "DATE", "2026-06-02");
      int leb = doc.text().indexOf("Lebanon");
      int isr = doc.text().indexOf("Israel", leb);
      List<Place> places = List.of(new Place("Lebanon", "Lebanon", "LBN", 33.9, 35.9, "country", leb, leb + 7),
          new Place("Israel", "Israel", "ISR", 31.5, 34.9, "country", isr, isr + 6));

      List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "120", 120, 120, "exact"),
          qty(doc, "60", 60, 60, "exact"), qty(doc, "Eight", 8, 8, "exact")), ActorMentions.none(),
          List.of(tuesday), places, List.of());

      Claim eight = claims.get(claims.size() - 1);
      assertEquals("killed", eight.measure());
      assertEquals("Lebanon", eight.place() == null ? null : eight.place().name(), () -> noun + ": " + claims);
      assertEquals("2026-06-02", eight.time().value());
    }
  }

  @Test
  void aPronounAgentInAReportedClauseIsTheReporterWhenTheyAgreeElseNoOneOfTheReporters() {
    AnnotatedText said = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj said/VBD/say/0/root it/PRP/it/6/nsubj had/VBD/have/6/aux"
            + " struck/VBN/strike/3/ccomp 120/CD/120/8/nummod targets/NNS/target/6/obj ./././3/punct").build();
    AnnotatedText experts = HandText.create().sentence(
        "Korean/JJ/korean/2/amod experts/NNS/expert/3/nsubj say/VBP/say/0/root it/PRP/it/5/nsubj has/VBZ/have/3/ccomp"
            + " 3,000/CD/3,000/7/nummod troops/NNS/troop/5/obj ./././3/punct").build();

    Claim struck = only(new ClaimFinder().find(said, List.of(qty(said, "120", 120, 120, "exact")),
        mentions(said, List.of(MOD), "ministry", "rus-defence-ministry"), List.of(), List.of(), List.of()));
    Claim troops = only(new ClaimFinder().find(experts, List.of(qty(experts, "3,000", 3000, 3000, "exact")),
        mentions(experts, List.of(PRK), "Korean", "PRK"), List.of(), List.of(), List.of()));

    assertEquals("RUS", struck.subject().actor(), "the ministry's state");
    assertNull(troops.subject().actor(), "not the reporters' own");
  }

  @Test
  void aTollRisenToANumberTheParserHungElsewhereIsStillTheTolls() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/3/det death/NN/death/3/compound toll/NN/toll/8/nsubj from/IN/from/6/case the/DT/the/6/det"
            + " strike/NN/strike/3/nmod has/VBZ/have/8/aux risen/VBN/rise/0/root to/IN/to/10/case 19/CD/19/20/obl"
            + " ,/,/,/10/punct a/DT/a/13/det group/NN/group/14/nsubj said/VBD/say/10/conj ,/,/,/10/punct and/CC/and/17/cc"
            + " 30/CD/30/10/conj people/NNS/person/20/nsubj:pass were/VBD/be/20/aux:pass wounded/VBN/wound/8/ccomp"
            + " ./././8/punct").build();

    assertEquals("killed", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "19", 19, 19, "exact"))).measure());
  }

  @Test
  void aRadioStationIsNoSnapshotsMarker() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root on/IN/on/7/case its/PRP$/its/7/nmod:poss"
            + " radio/NN/radio/7/compound station/NN/station/3/obl that/IN/that/11/mark it/PRP/it/11/nsubj"
            + " had/VBD/have/11/aux killed/VBN/kill/3/ccomp 35/CD/35/13/nummod soldiers/NNS/soldier/11/obj"
            + " ./././3/punct").build();

    assertEquals("total", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "35", 35, 35, "exact"))).kind());
  }

  @Test
  void aNumberAfterAHarmVerbConjoinedToAnotherSharesItsNounWhereverTheParserHungIt() {
    // "15" hung on "said" as dep, "wounding" on "attacked" rather than on "killing"
    AnnotatedText doc = HandText.create().sentence(
        "Fighters/NNS/fighter/2/nsubj attacked/VBD/attack/13/ccomp a/DT/a/4/det base/NN/base/2/obj ,/,/,/2/punct"
            + " killing/VBG/kill/2/conj seven/CD/seven/8/nummod soldiers/NNS/soldier/6/obj and/CC/and/10/cc"
            + " wounding/VBG/wound/2/conj 15/CD/15/13/dep ,/,/,/13/punct commanders/NNS/commander/13/nsubj"
            + " said/VBD/say/0/root ./././13/punct").build();

    AnnotatedText others = HandText.create().sentence(
        "Fighters/NNS/fighter/2/nsubj attacked/VBD/attack/0/root a/DT/a/4/det base/NN/base/2/obj ,/,/,/2/punct"
            + " killing/VBG/kill/2/conj seven/CD/seven/8/nummod soldiers/NNS/soldier/6/obj and/CC/and/10/cc"
            + " wounding/VBG/wound/2/conj 47/CD/47/12/nummod others/NNS/other/10/obj ./././2/punct").build();

    Claim wounded = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "15", 15, 15, "exact")));
    Claim ownNoun = only(find(others, ActorMentions.none(), List.of(), qty(others, "47", 47, 47, "exact")));

    assertEquals("wounded", wounded.measure());
    assertEquals("soldiers", wounded.unit());
    assertEquals("others", ownNoun.unit(), "a noun of its own");
  }

  @Test
  void aPlaceInAnotherActToldBeforeAfterOrBesideIsNotTheFiguresButOneOfTheSameActIs() {
    String[] ends = {"after/IN/after/9/mark", "while/IN/while/9/mark", "when/WRB/when/9/mark"};
    for (String mark : ends) {
      AnnotatedText doc = HandText.create().sentence(
          "Rebels/NNS/rebel/2/nsubj fired/VBD/fire/0/root two/CD/two/4/nummod missiles/NNS/missile/2/obj"
              + " ,/,/,/9/punct " + mark + " Britain/NNP/britain/9/nsubj had/VBD/have/9/aux"
              + " struck/VBN/strike/2/advcl positions/NNS/position/9/obj near/IN/near/12/case Hodeidah/NNP/hodeidah/9/obl"
              + " ./././2/punct").build();
      int at = doc.text().indexOf("Hodeidah");
      Place hodeidah = new Place("Hodeidah", "Hodeidah", "YEM", 14.8, 42.9, "locality", at, at + 8);

      Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "two", 2, 2, "exact")), ActorMentions.none(),
          List.of(), List.of(hodeidah), List.of()));

      if (!mark.startsWith("when")) assertNull(c.place(), "another act's place");
      else assertEquals("Hodeidah", c.place().name(), "the same act's place");
    }
  }

  @Test
  void whereCrossersCameFromIsNotWhereTheyWereKilled() {
    AnnotatedText doc = HandText.create().sentence(
        "Troops/NNS/troop/2/nsubj killed/VBD/kill/0/root 30/CD/30/4/nummod militants/NNS/militant/2/obj"
            + " crossing/VBG/cross/4/acl from/IN/from/7/case Afghanistan/NNP/afghanistan/5/obl ./././2/punct").build();
    int at = doc.text().indexOf("Afghanistan");
    Place afghanistan = new Place("Afghanistan", "Afghanistan", "AFG", 33.0, 65.0, "country", at, at + 11);

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "30", 30, 30, "exact")), ActorMentions.none(),
        List.of(), List.of(afghanistan), List.of()));

    assertNull(c.place());
  }

  @Test
  void aQuotedNumberCountsWhatFollowsTheQuotesOf() {
    AnnotatedText doc = HandText.create().sentence(
        "Troops/NNS/troop/2/nsubj killed/VBD/kill/0/root \"/``/\"/2/punct hundreds/NNS/hundred/2/obj \"/''/\"/2/punct"
            + " of/IN/of/8/case RSF/NNP/rsf/8/compound fighters/NNS/fighter/2/obl ./././2/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "hundreds", 200, 999, "vague")), ActorMentions.none(),
        List.of(), List.of(), List.of()));

    assertEquals("fighters", c.unit());
    assertEquals("killed", c.measure());
  }

  @Test
  void estimatesOfNoOneThatSomeoneRelaysAreTheirsAsHighAsTheyGo() {
    AnnotatedText doc = HandText.create()
        .sentence("A/DT/a/2/det envoy/NN/envoy/4/nsubj has/VBZ/have/4/aux said/VBN/say/0/root some/DT/some/6/det"
            + " estimates/NNS/estimate/7/nsubj put/VBD/put/4/ccomp the/DT/the/10/det death/NN/death/10/compound"
            + " toll/NN/toll/7/obj as/IN/as/12/case high/JJ/high/7/advmod as/IN/as/14/case 150,000/CD/150000/12/obl"
            + " ./././4/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "as high as 150,000", 150000, 150000, "at_most")),
        ActorMentions.none(), List.of(), List.of(), List.of()));

    assertEquals(Measures.KILLED, c.measure());
    assertEquals("A envoy", c.source().text(), "the envoy who relays them, not 'some estimates'");
  }

  @Test
  void aBareNumberAFigureIncludesCountsItsPartAndKeepsItsOwnPlace() {
    AnnotatedText doc = HandText.create()
        .sentence("More/JJR/more/3/advmod than/IN/than/1/fixed 12/CD/12/4/compound million/CD/million/5/nummod"
            + " people/NNS/person/6/nsubj fled/VBD/flee/0/root ./././6/punct")
        .sentence("About/RB/about/3/advmod 3.2/CD/3.2/3/compound million/CD/million/7/nsubj of/IN/of/5/case"
            + " them/PRP/they/3/nmod have/VBP/have/7/aux fled/VBN/flee/0/root to/IN/to/10/case"
            + " neighbouring/VBG/neighbour/10/amod countries/NNS/country/7/obl ,/,/,/10/punct"
            + " including/VBG/include/16/case more/JJR/more/16/advmod than/IN/than/13/fixed 1/CD/1/16/compound"
            + " million/CD/million/7/obl to/IN/to/18/case Chad/NNP/chad/16/nmod ./././7/punct").build();
    Quantity all = qty(doc, "More than 12 million", 12_000_000, 12_000_000, "more_than");
    Quantity whole = qty(doc, "About 3.2 million", 3_200_000, 3_200_000, "approximate");
    Quantity part = qty(doc, "more than 1 million", 1_000_000, 1_000_000, "more_than");
    int chad = doc.text().indexOf("Chad");
    List<Place> places = List.of(new Place("Chad", "Chad", "TCD", 15.5, 18.7, "country", chad, chad + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(all, whole, part), ActorMentions.none(), List.of(),
        places, List.of());

    assertEquals(3, claims.size(), () -> claims.toString());
    assertEquals(Measures.DISPLACED, claims.get(2).measure());
    assertNull(claims.get(1).place(), "Chad is the million's, not the 3.2 million's");
    assertEquals("Chad", claims.get(2).place() == null ? null : claims.get(2).place().name());
  }

  @Test
  void aBareNumberThatCrossedIntoOtherCountriesIsDisplacedAndItsPartsPlacesAreTheirOwn() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/3/advmod 3.8/CD/3.8/3/compound million/CD/million/5/nsubj have/VBP/have/5/aux"
            + " crossed/VBN/cross/0/root into/IN/into/8/case neighbouring/VBG/neighbour/8/amod"
            + " countries/NNS/country/5/obl ,/,/,/8/punct including/VBG/include/14/case more/JJR/more/14/advmod"
            + " than/IN/than/11/fixed 1/CD/1/14/compound million/CD/million/8/nmod who/WP/who/16/nsubj"
            + " fled/VBD/flee/14/acl:relcl to/IN/to/18/case Chad/NNP/chad/16/obl ,/,/,/5/punct a/DT/a/22/det"
            + " UNHCR/NNP/unhcr/22/compound spokesperson/NN/spokesperson/23/nsubj told/VBD/tell/5/parataxis"
            + " reporters/NNS/reporter/23/obj in/IN/in/26/case Geneva/NNP/geneva/23/obl ./././5/punct").build();
    Quantity whole = qty(doc, "About 3.8 million", 3_800_000, 3_800_000, "approximate");
    Quantity part = qty(doc, "more than 1 million", 1_000_000, 1_000_000, "more_than");
    int chad = doc.text().indexOf("Chad");
    int geneva = doc.text().indexOf("Geneva");
    List<Place> places = List.of(new Place("Chad", "Chad", "TCD", 15.5, 18.7, "country", chad, chad + 4),
        new Place("Geneva", "Geneva", "CHE", 46.2, 6.1, "locality", geneva, geneva + 6));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(whole, part), ActorMentions.none(), List.of(),
        places, List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals(Measures.DISPLACED, claims.get(0).measure());
    assertNull(claims.get(0).place(), "Chad is the million's who fled there; Geneva is where it was told");
    assertEquals(Measures.DISPLACED, claims.get(1).measure(), "a part of the bare number before");
    assertEquals("Chad", claims.get(1).place() == null ? null : claims.get(1).place().name());
  }

  @Test
  void aDefiniteTallyPutAtANumberCountsAgainTheHarmJustToldElseItsOwn() {
    String put = "The/DT/the/2/det government/NN/government/3/nsubj put/VBD/put/0/root the/DT/the/5/det"
        + " number/NN/number/3/obj of/IN/of/7/case dead/JJ/dead/5/nmod at/IN/at/9/case 7,000/CD/7,000/3/obl"
        + " ./././3/punct";
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 3,000/CD/3,000/3/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux:pass"
            + " killed/VBN/kill/0/root in/IN/in/7/case Goma/NNP/goma/5/obl ./././5/punct").sentence(put).build();
    int goma = doc.text().indexOf("Goma");
    List<Place> places = List.of(new Place("Goma", "Goma", "COD", -1.7, 29.2, "locality", goma, goma + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "About 3,000", 3000, 3000, "approximate"),
        qty(doc, "7,000", 7000, 7000, "exact")), ActorMentions.none(), List.of(), places, List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals(Measures.KILLED, claims.get(1).measure());
    assertEquals("people", claims.get(1).unit());
    assertEquals("Goma", claims.get(1).place() == null ? null : claims.get(1).place().name(),
        "the number of dead just told, put higher by another");

    AnnotatedText alone = HandText.create().sentence(put).build();
    Claim own = only(new ClaimFinder().find(alone, List.of(qty(alone, "7,000", 7000, 7000, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()));
    assertEquals(Measures.KILLED, own.measure());
  }

  @Test
  void theTollWithNoWordsOfItsOwnIsThatOfTheIncidentJustTold() {
    assertEquals("toll", theTallyIsThatOfTheIncidentJustTold("toll/NN/toll").unit(), "not the noun of the wounded");
    theTallyIsThatOfTheIncidentJustTold("count/NN/count");

    // with a day of its own the toll is not simply the figure before's: it is read as any toll, so
    // the day it stood dates the count and the attack told before dates the incident
    AnnotatedText own = HandText.create().sentence(
        "A/DT/a/2/det missile/NN/missile/3/nsubj wounded/VBD/wound/0/root 144/CD/144/5/nummod people/NNS/person/3/obj"
            + " in/IN/in/7/case Chernihiv/NNP/chernihiv/3/obl on/IN/on/9/case Saturday/NNP/saturday/3/obl ./././3/punct")
        .sentence("The/DT/the/3/det death/NN/death/3/compound toll/NN/toll/4/nsubj stood/VBD/stand/0/root"
            + " at/IN/at/6/case five/CD/five/4/obl on/IN/on/8/case Friday/NNP/friday/4/obl ./././4/punct").build();
    int sat = own.text().indexOf("Saturday");
    int fri = own.text().indexOf("Friday");
    List<Claim> claims = new ClaimFinder().find(own, List.of(qty(own, "144", 144, 144, "exact"),
        qty(own, "five", 5, 5, "exact")), ActorMentions.none(),
        List.of(new TimeExpression("Saturday", sat, sat + 8, "DATE", "2023-08-19"),
            new TimeExpression("Friday", fri, fri + 6, "DATE", "2023-08-18")), List.of(), List.of());
    assertEquals("2023-08-19", claims.get(1).time() == null ? null : claims.get(1).time().value(), () -> claims.toString());
    assertEquals("incident", claims.get(1).kind(), () -> claims.toString());
  }

  private static Claim theTallyIsThatOfTheIncidentJustTold(String tally) {
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det missile/NN/missile/3/nsubj wounded/VBD/wound/0/root 144/CD/144/5/nummod people/NNS/person/3/obj"
            + " in/IN/in/7/case Chernihiv/NNP/chernihiv/3/obl on/IN/on/9/case Saturday/NNP/saturday/3/obl ./././3/punct")
        .sentence("The/DT/the/3/det death/NN/death/3/compound " + tally + "/4/nsubj remained/VBD/remain/0/root"
            + " at/IN/at/6/case seven/CD/seven/4/obl ./././4/punct").build();
    int at = doc.text().indexOf("Chernihiv");
    List<Place> places = List.of(new Place("Chernihiv", "Chernihiv", "UKR", 51.5, 31.3, "locality", at, at + 9));
    int sat = doc.text().indexOf("Saturday");
    TimeExpression saturday = new TimeExpression("Saturday", sat, sat + 8, "DATE", "2023-08-19");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "144", 144, 144, "exact"),
        qty(doc, "seven", 7, 7, "exact")), ActorMentions.none(), List.of(saturday), places, List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    Claim toll = claims.get(1);
    assertEquals(Measures.KILLED, toll.measure());
    assertEquals("incident", toll.kind(), () -> toll.toString());
    assertEquals("Chernihiv", toll.place() == null ? null : toll.place().name());
    assertEquals("2023-08-19", toll.time() == null ? null : toll.time().value());
    return toll;
  }

  @Test
  void themAfterANumberAreTheThingsItsSentenceNamedBeforeNotTheFigureBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("Fourteen/CD/fourteen/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass"
            + " wounded/VBN/wound/0/root ./././4/punct")
        .sentence("Russia/NNP/russia/2/nsubj uses/VBZ/use/0/root glide/NN/glide/4/compound bombs/NNS/bomb/2/obj"
            + " ,/,/,/2/punct dropping/VBG/drop/2/advcl up/RB/up/9/advmod to/IN/to/9/case 3,000/CD/3000/6/obj"
            + " of/IN/of/11/case them/PRP/they/9/nmod a/DT/a/13/det month/NN/month/9/obl:npmod ./././2/punct")
        .build();
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Fourteen", 14, 14, "exact"),
        qty(doc, "3,000", 3000, 3000, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    Claim bombs = claims.get(1);
    assertEquals(List.of(Measures.WEAPONS, "bombs", "rate", "month"),
        java.util.Arrays.asList(bombs.measure(), bombs.unit(), bombs.kind(), bombs.per()), () -> bombs.toString());
  }

  @Test
  void buildingsThatSayWhereSomethingElseIsCountNothingHit() {
    AnnotatedText at = HandText.create().sentence(
        "Flights/NNS/flight/6/nsubj:pass at/IN/at/4/case two/CD/two/4/nummod airports/NNS/airport/1/nmod"
            + " were/VBD/be/6/aux:pass suspended/VBN/suspend/0/root ./././6/punct").build();
    AnnotatedText hit = HandText.create().sentence(
        "Shelling/NN/shelling/2/nsubj damaged/VBD/damage/0/root two/CD/two/4/nummod airports/NNS/airport/2/obj"
            + " ./././2/punct").build();

    AnnotatedText atSome = HandText.create().sentence(
        "Flights/NNS/flight/10/nsubj:pass at/IN/at/3/case two/CD/two/1/nmod of/IN/of/8/case the/DT/the/6/det"
            + " city/NN/city/8/nmod:poss 's/POS/'s/6/case airports/NNS/airport/3/nmod were/VBD/be/10/aux:pass"
            + " suspended/VBN/suspend/0/root ./././10/punct").build();

    assertEquals(List.of(), new ClaimFinder().find(at, List.of(qty(at, "two", 2, 2, "exact")), ActorMentions.none(),
        List.of(), List.of(), List.of()));
    assertEquals(List.of(), new ClaimFinder().find(atSome, List.of(qty(atSome, "two", 2, 2, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()));
    assertEquals(Measures.INFRASTRUCTURE, only(new ClaimFinder().find(hit, List.of(qty(hit, "two", 2, 2, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of())).measure());
  }

  @Test
  void theDayATollRoseDatesTheCountNotTheAttack() {
    AnnotatedText doc = HandText.create()
        .sentence("Missiles/NNS/missile/2/nsubj struck/VBD/strike/0/root Sumy/NNP/sumy/2/obj on/IN/on/5/case"
            + " Sunday/NNP/sunday/2/obl ,/,/,/2/punct killing/VBG/kill/2/advcl 34/CD/34/9/nummod"
            + " people/NNS/person/7/obj ./././2/punct")
        .sentence("The/DT/the/2/det toll/NN/toll/3/nsubj rose/VBD/rise/0/root to/IN/to/5/case 35/CD/35/3/obl"
            + " on/IN/on/7/case Monday/NNP/monday/3/obl ./././3/punct").build();
    int sun = doc.text().indexOf("Sunday");
    int mon = doc.text().indexOf("Monday");
    List<TimeExpression> times = List.of(new TimeExpression("Sunday", sun, sun + 6, "DATE", "2025-04-13"),
        new TimeExpression("Monday", mon, mon + 6, "DATE", "2025-04-14"));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "34", 34, 34, "exact"),
        qty(doc, "35", 35, 35, "exact")), ActorMentions.none(), times, List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals("incident", claims.get(1).kind());
    assertEquals("2025-04-13", claims.get(1).time() == null ? null : claims.get(1).time().value(),
        () -> claims.toString());
  }

  @Test
  void aNumberWithANounOfItsOwnAfterModifiersSharesNoConjoinedNoun() {
    AnnotatedText doc = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj freed/VBD/free/0/root three/CD/three/5/nummod Israeli/JJ/israeli/5/amod"
            + " hostages/NNS/hostage/2/obj ,/,/,/2/punct and/CC/and/9/cc Israel/NNP/israel/9/nsubj"
            + " released/VBD/release/2/conj 183/CD/183/12/nummod Palestinian/JJ/palestinian/12/amod"
            + " prisoners/NNS/prisoner/9/obj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "three", 3, 3, "exact"),
        qty(doc, "183", 183, 183, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals("prisoners", claims.get(1).unit(), () -> claims.toString());
  }

  @Test
  void theVerbThatPutsATollIsNoWordOfWhatItCounts() {
    AnnotatedText doc = HandText.create()
        .sentence("Officials/NNS/official/3/nsubj have/VBP/have/3/aux put/VBN/put/0/root Russian/JJ/russian/5/amod"
            + " casualties/NNS/casualty/3/obj at/IN/at/7/case 750,000/CD/750000/3/obl ./././3/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "750,000", 750000, 750000, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of()));

    assertEquals("Russian casualties", c.subject().text());
  }

  @Test
  void aHarmToldAsWhatOnePastAttackDidIsThatIncidents() {
    AnnotatedText doc = HandText.create()
        .sentence("It/PRP/it/3/nsubj had/VBD/have/3/aux struck/VBN/strike/0/root a/DT/a/5/det meeting/NN/meeting/3/obj"
            + " ,/,/,/3/punct killing/VBG/kill/3/advcl 60/CD/60/9/nummod servicemen/NNS/serviceman/7/obj"
            + " ./././3/punct").build();

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "60", 60, 60, "exact")), ActorMentions.none(),
        List.of(), List.of(), List.of()));

    assertEquals("incident", c.kind());
  }

  @Test
  void aNumberAfterOfWhichCountsAPartOfTheFigureBeforeIt() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 86/CD/86/4/nummod drones/NNS/drone/2/obj"
            + " ,/,/,/2/punct of/IN/of/7/case which/WDT/which/10/obl 61/CD/61/10/nsubj:pass were/VBD/be/10/aux:pass"
            + " shot/VBN/shoot/2/dep down/RB/down/10/advmod ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "86", 86, 86, "exact"),
        qty(doc, "61", 61, 61, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals("drones", claims.get(1).unit());
    assertEquals(Measures.WEAPONS, claims.get(1).measure());
  }

  @Test
  void theNightOfTheLastOfTwoConjoinedHarmsDatesBoth() {
    AnnotatedText doc = HandText.create()
        .sentence("A/DT/a/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root three/CD/three/5/nummod"
            + " people/NNS/person/3/obj and/CC/and/7/cc wounded/VBD/wound/3/conj 14/CD/14/7/obj"
            + " overnight/RB/overnight/7/advmod ./././3/punct").build();
    int night = doc.text().indexOf("overnight");
    List<TimeExpression> times = List.of(new TimeExpression("overnight", night, night + 9, "TIME", "2025-08-12TNI"));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "three", 3, 3, "exact"),
        qty(doc, "14", 14, 14, "exact")), ActorMentions.none(), times, List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    for (Claim c : claims) {
      assertEquals("incident", c.kind(), () -> claims.toString());
      assertEquals("2025-08-12TNI", c.time() == null ? null : c.time().value(), () -> claims.toString());
    }
  }

  @Test
  void howLongSomethingLastedDoesNotKeepAFigureFromTheAttackToldBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("Militants/NNS/militant/2/nsubj killed/VBD/kill/0/root 30/CD/30/4/nummod soldiers/NNS/soldier/2/obj"
            + " on/IN/on/6/case Sunday/NNP/sunday/2/obl ./././2/punct")
        .sentence("The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root it/PRP/it/6/nsubj had/VBD/have/6/aux"
            + " killed/VBN/kill/3/ccomp 41/CD/41/8/nummod soldiers/NNS/soldier/6/obj and/CC/and/10/cc"
            + " held/VBN/hold/6/conj the/DT/the/12/det camp/NN/camp/10/obj for/IN/for/15/case several/JJ/several/15/amod"
            + " hours/NNS/hour/10/obl ./././3/punct").build();
    int sun = doc.text().indexOf("Sunday");
    int hrs = doc.text().indexOf("several hours");
    List<TimeExpression> times = List.of(new TimeExpression("Sunday", sun, sun + 6, "DATE", "2026-05-31"),
        new TimeExpression("several hours", hrs, hrs + 13, "DURATION", "PTXH"));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "30", 30, 30, "exact"),
        qty(doc, "41", 41, 41, "exact")), ActorMentions.none(), times, List.of(), List.of());

    assertEquals("incident", claims.get(1).kind(), () -> claims.toString());
    assertEquals("2026-05-31", claims.get(1).time().value());
  }

  @Test
  void aFigureSpreadAcrossTheCountryKeepsNoPlaceOfTheAttackToldBefore() {
    String first = "Drones/NNS/drone/2/nsubj killed/VBD/kill/0/root 4/CD/4/4/nummod people/NNS/person/2/obj"
        + " in/IN/in/6/case Kyiv/NNP/kyiv/2/obl on/IN/on/8/case Sunday/NNP/sunday/2/obl ./././2/punct";
    for (String where : List.of("across/IN/across/8/case the/DT/the/8/det country/NN/country/5/obl", "")) {
      AnnotatedText doc = HandText.create().sentence(first).sentence(
          "Another/DT/another/3/det 44/CD/44/3/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux:pass"
              + " wounded/VBN/wound/0/root " + (where.isEmpty() ? "" : where + " ") + "./././5/punct").build();
      int kyiv = doc.text().indexOf("Kyiv");
      int sun = doc.text().indexOf("Sunday");

      List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "4", 4, 4, "exact"),
          qty(doc, "44", 44, 44, "exact")), ActorMentions.none(),
          List.of(new TimeExpression("Sunday", sun, sun + 6, "DATE", "2026-09-06")),
          List.of(new Place("Kyiv", "Kyiv", "UKR", 50.4, 30.5, "locality", kyiv, kyiv + 4)), List.of());

      Place place = claims.get(1).place();
      if (where.isEmpty()) assertEquals("Kyiv", place == null ? null : place.name(), () -> claims.toString());
      else assertNull(place, "across the country");
    }
  }

  @Test
  void aPartThatOnlySaysWhoseOrWhereIsNoFigureButAPartWithAnActOfItsOwnIs() {
    String first = "Russia/NNP/russia/2/nsubj has/VBZ/have/0/root 11,000/CD/11,000/4/nummod troops/NNS/troop/2/obj"
        + " ./././2/punct";
    AnnotatedText whose = HandText.create().sentence(first).sentence(
        "Belarus/NNP/belarus/2/nsubj contributes/VBZ/contribute/0/root 2,500/CD/2,500/2/obj of/IN/of/5/case"
            + " them/PRP/they/3/nmod ./././2/punct").build();
    AnnotatedText downed = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 54/CD/54/4/nummod drones/NNS/drone/2/obj"
            + " ./././2/punct").sentence(
        "Defences/NNS/defence/2/nsubj downed/VBD/down/0/root 40/CD/40/2/obj of/IN/of/5/case"
            + " them/PRP/they/3/nmod ./././2/punct").build();

    List<Claim> part = new ClaimFinder().find(whose, List.of(qty(whose, "11,000", 11000, 11000, "exact"),
        qty(whose, "2,500", 2500, 2500, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> act = new ClaimFinder().find(downed, List.of(qty(downed, "54", 54, 54, "exact"),
        qty(downed, "40", 40, 40, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, part.size(), () -> part.toString());
    assertEquals(2, act.size(), () -> act.toString());
  }

  @Test
  void anotherHarmAfterAHarmOfAnotherMeasureIsNoIncrement() {
    String killed = "The/DT/the/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 52/CD/52/5/nummod"
        + " people/NNS/person/3/obj ./././3/punct";
    AnnotatedText wounded = HandText.create().sentence(killed)
        .sentence("Another/DT/another/3/det 70/CD/70/3/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux:pass"
            + " wounded/VBN/wound/0/root ./././5/punct").build();
    AnnotatedText more = HandText.create().sentence(killed)
        .sentence("Another/DT/another/3/det 20/CD/20/3/nummod people/NNS/person/5/nsubj:pass were/VBD/be/5/aux:pass"
            + " killed/VBN/kill/0/root later/RB/later/5/advmod ./././5/punct").build();

    List<Claim> a = new ClaimFinder().find(wounded, List.of(qty(wounded, "52", 52, 52, "exact"),
        qty(wounded, "70", 70, 70, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> b = new ClaimFinder().find(more, List.of(qty(more, "52", 52, 52, "exact"),
        qty(more, "20", 20, 20, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals("wounded", a.get(1).measure());
    assertNotEquals("increment", a.get(1).kind(), "no wounded were counted before");
    assertEquals("increment", b.get(1).kind());
  }

  @Test
  void aDateAfterAPrepositionAfterAComparedFigureIsThatFiguresAlone() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 4,000/CD/4,000/3/nummod soldiers/NNS/soldier/4/nsubj remain/VBP/remain/0/root"
            + " ,/,/,/6/punct up/RB/up/4/advmod from/IN/from/8/case 3,000/CD/3,000/6/obl in/IN/in/10/case"
            + " January/NNP/january/4/obl ./././4/punct").build();
    int at = doc.text().indexOf("January");
    TimeExpression january = new TimeExpression("January", at, at + 7, "DATE", "2025-01");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "4,000", 4000, 4000, "approximate"),
        qty(doc, "3,000", 3000, 3000, "exact")), ActorMentions.none(), List.of(january), List.of(), List.of());

    assertEquals(2, claims.size());
    assertNull(claims.get(0).time(), () -> "dated " + claims.get(0).time());
  }

  @Test
  void aNumberAddedToCountsWhatTheFigureBeforeItCounts() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj sent/VBD/send/0/root 1,500/CD/1,500/4/nummod troops/NNS/troop/2/obj ,/,/,/6/punct"
            + " adding/VBG/add/2/advcl to/IN/to/9/case the/DT/the/9/det 11,000/CD/11,000/6/obl"
            + " it/PRP/it/11/nsubj deployed/VBD/deploy/9/acl:relcl ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "1,500", 1500, 1500, "exact"),
        qty(doc, "11,000", 11000, 11000, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> claims.toString());
    assertEquals("troops", claims.get(1).unit());
    assertEquals("troops", claims.get(1).measure());
    assertEquals("snapshot", claims.get(1).kind(), "troops are counted where they stand");
    assertEquals("increment", claims.get(0).kind(), "what is added to a whole is an increment");
  }

  @Test
  void aComparedFigureIsDatedAcrossItsOwnShortRelativeClause() {
    AnnotatedText doc = HandText.create().sentence(
        "It/PRP/it/2/nsubj sent/VBD/send/0/root 1,500/CD/1,500/4/nummod troops/NNS/troop/2/obj ,/,/,/6/punct"
            + " adding/VBG/add/2/advcl to/IN/to/9/case the/DT/the/9/det 11,000/CD/11,000/6/obl"
            + " it/PRP/it/11/nsubj deployed/VBD/deploy/9/acl:relcl last/JJ/last/13/amod year/NN/year/11/obl:tmod"
            + " ./././2/punct").build();
    int at = doc.text().indexOf("last year");
    TimeExpression lastYear = new TimeExpression("last year", at, at + 9, "DATE", "2025");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "1,500", 1500, 1500, "exact"),
        qty(doc, "11,000", 11000, 11000, "exact")), ActorMentions.none(), List.of(lastYear), List.of(), List.of());

    assertEquals("2025", claims.get(1).time().value());
  }

  @Test
  void aSnapshotsMarkerInAnotherClauseLeavesTheFigureATotal() {
    AnnotatedText doc = HandText.create().sentence(
        "Troops/NNS/troop/3/nsubj are/VBP/be/3/cop now/RB/now/0/root in/IN/in/5/case Kursk/NNP/kursk/3/obl"
            + " and/CC/and/8/cc forces/NNS/force/8/nsubj captured/VBD/capture/3/conj two/CD/two/10/nummod"
            + " soldiers/NNS/soldier/8/obj ./././3/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "two", 2, 2, "exact")));

    assertEquals("captured", c.measure());
    assertEquals("total", c.kind());
  }

  @Test
  void weaponsShippedAreATotalAndWeaponsHeldAStock() {
    AnnotatedText shipped = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/2/nsubj shipped/VBD/ship/0/root 8,000,000/CD/8,000,000/4/nummod"
            + " shells/NNS/shell/2/obj ./././2/punct").build();
    AnnotatedText held = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/2/nsubj holds/VBZ/hold/0/root 8,000,000/CD/8,000,000/4/nummod"
            + " shells/NNS/shell/2/obj ./././2/punct").build();

    assertEquals("total", only(find(shipped, ActorMentions.none(), List.of(), qty(shipped, "8,000,000", 8e6, 8e6, "exact"))).kind());
    assertEquals("snapshot", only(find(held, ActorMentions.none(), List.of(), qty(held, "8,000,000", 8e6, 8e6, "exact"))).kind());
  }

  @Test
  void aDateInAnotherClauseDatesNotTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/2/nsubj sent/VBD/send/0/root troops/NNS/troop/2/obj it/PRP/it/5/nsubj"
            + " trained/VBD/train/2/dep last/JJ/last/7/amod year/NN/year/5/obl:tmod and/CC/and/12/cc"
            + " 2,000/CD/2,000/10/nummod soldiers/NNS/soldier/12/nsubj:pass were/VBD/be/12/aux:pass"
            + " killed/VBN/kill/2/conj ./././2/punct").build();
    int at = doc.text().indexOf("last year");
    TimeExpression lastYear = new TimeExpression("last year", at, at + 9, "DATE", "2025");

    Claim c = only(find(doc, ActorMentions.none(), List.of(lastYear), qty(doc, "2,000", 2000, 2000, "exact")));

    assertNull(c.time());
  }

  @Test
  void aDateOnTheNounTheFiguresRelativeClauseIsOnDatesIt() {
    AnnotatedText relative = HandText.create().sentence(
        "They/PRP/they/2/nsubj freed/VBD/free/0/root 30/CD/30/4/nummod hostages/NNS/hostage/2/obj whom/WP/whom/7/obj"
            + " they/PRP/they/7/nsubj took/VBD/take/4/acl:relcl last/JJ/last/9/amod week/NN/week/7/obl:tmod"
            + " ./././2/punct").build();
    AnnotatedText host = HandText.create().sentence(
        "Lebanon/NNP/lebanon/2/nsubj complained/VBD/complain/0/root over/IN/over/4/case raids/NNS/raid/2/obl"
            + " last/JJ/last/6/amod Friday/NNP/friday/2/obl:tmod in/IN/in/8/case which/WDT/which/12/obl"
            + " 20/CD/20/10/nummod people/NNS/person/12/nsubj:pass were/VBD/be/12/aux:pass"
            + " killed/VBN/kill/2/ccomp ./././2/punct").build();
    int at = relative.text().indexOf("last week");
    TimeExpression lastWeek = new TimeExpression("last week", at, at + 9, "DATE", "2025-W20");
    int at2 = host.text().indexOf("last Friday");
    TimeExpression friday = new TimeExpression("last Friday", at2, at2 + 11, "DATE", "2025-05-16");

    assertEquals("2025-W20", only(find(relative, ActorMentions.none(), List.of(lastWeek),
        qty(relative, "30", 30, 30, "exact"))).time().value());
    assertEquals("2025-05-16", only(find(host, ActorMentions.none(), List.of(friday),
        qty(host, "20", 20, 20, "exact"))).time().value());
  }

  @Test
  void aPlaceAfterACompassWordPlacesTheFigure() {
    AnnotatedText doc = HandText.create().sentence(
        "Three/CD/three/2/nummod soldiers/NNS/soldier/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " in/IN/in/8/case the/DT/the/8/det south-eastern/JJ/south-eastern/8/amod Donetsk/NNP/donetsk/4/obl"
            + " ./././4/punct").build();
    int at = doc.text().indexOf("Donetsk");
    org.sitrep.record.Place donetsk = new org.sitrep.record.Place("Donetsk", "Donetsk", "UKR", 48.0, 37.8, "region",
        at, at + 7);

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "Three", 3, 3, "exact")), ActorMentions.none(),
        List.of(), List.of(donetsk), List.of()));

    assertEquals("Donetsk", c.place().name());
  }

  @Test
  void merchantShipsAttackedAreAttacksAndAPlaceInAReportedReasonIsNotTheFigures() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/3/nsubj have/VBP/have/3/aux attacked/VBN/attack/0/root 100/CD/100/6/nummod"
            + " merchant/NN/merchant/6/compound ships/NNS/ship/3/obj ,/,/,/8/punct saying/VBG/say/3/advcl"
            + " they/PRP/they/10/nsubj act/VBP/act/8/ccomp for/IN/for/12/case Palestinians/NNPS/palestinian/10/obl"
            + " in/IN/in/14/case Gaza/NNP/gaza/12/nmod ./././3/punct").build();
    int gaza = doc.text().indexOf("Gaza");
    org.sitrep.record.Place place = new org.sitrep.record.Place("Gaza", "Gaza Strip", "PSE", 31.4, 34.4, "region",
        gaza, gaza + 4);

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "100", 100, 100, "exact")), ActorMentions.none(),
        List.of(), List.of(place), List.of()));

    assertEquals("attacks", c.measure(), "each ship attacked is an attack");
    assertEquals("ships", c.unit());
    assertNull(c.place(), "Gaza is where they say they act for, not where the ships were attacked");

    // the parser hangs "when they blew themselves up in Haifa" on a trailing "police said": still the figure's place
    AnnotatedText trailing = HandText.create().sentence(
        "Bombers/NNS/bomber/2/nsubj killed/VBD/kill/0/root 23/CD/23/4/nummod people/NNS/person/2/obj"
            + " when/WRB/when/7/advmod they/PRP/they/7/nsubj blew/VBD/blow/13/advcl themselves/PRP/themselves/7/obj"
            + " up/RP/up/7/compound:prt in/IN/in/11/case Haifa/NNP/haifa/7/obl ,/,/,/13/punct police/NN/police/13/nsubj"
            + " said/VBD/say/2/parataxis ./././2/punct").build();
    int haifa = trailing.text().indexOf("Haifa");
    org.sitrep.record.Place city = new org.sitrep.record.Place("Haifa", "Haifa", "ISR", 32.8, 35.0, "locality", haifa,
        haifa + 5);
    assertEquals("Haifa", only(new ClaimFinder().find(trailing, List.of(qty(trailing, "23", 23, 23, "exact")),
        ActorMentions.none(), List.of(), List.of(city), List.of())).place().name());

    AnnotatedText navy = HandText.create().sentence(
        "It/PRP/it/2/nsubj sent/VBD/send/0/root two/CD/two/4/nummod ships/NNS/ship/2/obj ./././2/punct").build();
    assertEquals("weapons", only(new ClaimFinder().find(navy, List.of(qty(navy, "two", 2, 2, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of())).measure());
  }

  @Test
  void aComparisonCountsOnlyWhatTheNumberRightBeforeItCounts() {
    // "11,000 soldiers came in 400 trucks, compared with 500": the 500 are trucks, which count nothing
    AnnotatedText doc = HandText.create().sentence(
        "11,000/CD/11,000/2/nummod soldiers/NNS/soldier/3/nsubj came/VBD/come/0/root in/IN/in/6/case 400/CD/400/6/nummod"
            + " trucks/NNS/truck/3/obl ,/,/,/10/punct compared/VBN/compare/10/case with/IN/with/8/fixed"
            + " 500/CD/500/3/obl ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "11,000", 11000, 11000, "exact"),
        qty(doc, "400", 400, 400, "exact"), qty(doc, "500", 500, 500, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> claims.toString());
  }

  @Test
  void theIncludedShareTheHarmOfThePeopleThatIncludeThem() {
    AnnotatedText doc = HandText.create().sentence(
        "25/CD/25/2/nummod civilians/NNS/civilian/8/nsubj:pass ,/,/,/2/punct including/VBG/including/6/case"
            + " four/CD/four/6/nummod children/NNS/child/2/nmod were/VBD/be/8/aux:pass killed/VBN/kill/0/root ./././8/punct").build();

    assertEquals("killed", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "four", 4, 4, "exact"))).measure());
  }

  @Test
  void aReportingVerbBeforeTheFigureReportsItWhereverTheParserHungIt() {
    // the parser makes "the army" the object of "said" and hangs "sent" on "condemned"
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj condemned/VBD/condemn/0/root the/DT/the/5/det sale/NN/sale/3/obj"
            + " and/CC/and/7/cc said/VBD/say/3/conj the/DT/the/9/det army/NN/army/7/obj had/VBD/have/11/aux"
            + " sent/VBN/send/3/dep 32/CD/32/13/nummod aircraft/NN/aircraft/11/obj ./././3/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "32", 32, 32, "exact")));

    assertEquals("The ministry", c.source().text());
  }

  @Test
  void aHarmPutAtOrBroughtToANumberIsThatHarm() {
    AnnotatedText put = HandText.create().sentence(
        "Analysts/NNS/analyst/2/nsubj put/VBD/put/0/root Russian/JJ/russian/4/amod losses/NNS/loss/2/obj"
            + " at/IN/at/6/case 900,000/CD/900,000/2/obl ./././2/punct").build();
    AnnotatedText count = HandText.create().sentence(
        "It/PRP/it/2/nsubj brought/VBD/bring/0/root its/PRP$/its/4/nmod:poss count/NN/count/2/obj of/IN/of/6/case"
            + " losses/NNS/loss/4/nmod to/IN/to/8/case 1,000/CD/1,000/2/obl ./././2/punct").build();

    Claim c = only(find(put, ActorMentions.none(), List.of(), qty(put, "900,000", 900000, 900000, "exact")));
    assertEquals("casualties", c.measure());
    assertEquals("Russian losses", c.subject().text());
    assertEquals("casualties", only(find(count, ActorMentions.none(), List.of(), qty(count, "1,000", 1000, 1000, "exact"))).measure());
  }

  @Test
  void peopleCountedOfAHarmNounSufferedIt() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj inflicted/VBD/inflict/0/root losses/NNS/loss/2/obj of/IN/of/6/case"
            + " 450/CD/450/6/nummod servicemen/NNS/serviceman/3/nmod ./././2/punct").build();

    assertEquals("casualties", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "450", 450, 450, "exact"))).measure());
  }

  @Test
  void aSinceDateBelongsToTheFigureOfItsOwnClause() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj lost/VBD/lose/0/root 1,100/CD/1,100/4/nummod soldiers/NNS/soldier/2/obj ,/,/,/2/punct"
            + " bringing/VBG/bring/2/dep losses/NNS/loss/6/obj since/IN/since/9/case February/NNP/february/6/obl"
            + " to/IN/to/11/case 1,000,000/CD/1,000,000/6/obl ./././2/punct").build();
    int at = doc.text().indexOf("February");
    TimeExpression feb = new TimeExpression("February", at, at + 8, "DATE", "2022-02");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "1,100", 1100, 1100, "exact"),
        qty(doc, "1,000,000", 1e6, 1e6, "exact")), ActorMentions.none(), List.of(feb), List.of(), List.of());

    assertEquals(2, claims.size());
    assertNull(claims.get(0).time());
    assertEquals("2022-02", claims.get(1).time().value());
  }

  @Test
  void theSpanOfADaysCountDoesNotDateTheTotalItBringsUp() {
    AnnotatedText doc = HandText.create().sentence(
        "82/CD/82/2/nummod people/NNS/person/5/nsubj:pass had/VBD/have/5/aux been/VBN/be/5/aux:pass killed/VBN/kill/0/root"
            + " over/IN/over/10/case the/DT/the/10/det previous/JJ/previous/10/amod 24/CD/24/10/nummod hours/NNS/hour/5/obl"
            + " ,/,/,/5/punct bringing/VBG/bring/5/dep the/DT/the/15/det death/NN/death/15/compound toll/NN/toll/12/obj"
            + " to/IN/to/17/case 53,655/CD/53655/12/obl ./././5/punct").build();
    int at = doc.text().indexOf("the previous 24 hours");
    TimeExpression day = new TimeExpression("the previous 24 hours", at, at + 21, "DURATION", "PT24H");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "82", 82, 82, "exact"),
        qty(doc, "53,655", 53655, 53655, "exact")), ActorMentions.none(), List.of(day), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("PT24H", claims.get(0).time() == null ? null : claims.get(0).time().value());
    assertNull(claims.get(1).time(), () -> "claims: " + claims);
  }

  @Test
  void weaponsOfAnAttackToldAgainAreWhereItsWeaponsWereNotWhereItHurtPeople() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 250/CD/250/4/nummod drones/NNS/drone/2/obj"
            + " at/IN/at/6/case Ukraine/NNP/ukraine/2/obl overnight/RB/overnight/2/advmod ,/,/,/2/punct"
            + " wounding/VBG/wound/2/advcl 15/CD/15/11/nummod people/NNS/person/9/obj in/IN/in/13/case"
            + " Kyiv/NNP/kyiv/9/obl ./././2/punct")
        .sentence("Air/NN/air/2/compound defences/NNS/defence/3/nsubj shot/VBD/shoot/0/root down/RP/down/3/compound:prt"
            + " 128/CD/128/6/nummod drones/NNS/drone/3/obj ./././3/punct").build();
    int at = doc.text().indexOf("overnight");
    TimeExpression night = new TimeExpression("overnight", at, at + 9, "TIME", "2025-05-23TNI");
    int ua = doc.text().indexOf("Ukraine");
    int kyiv = doc.text().indexOf("Kyiv");
    List<Place> places = List.of(new Place("Ukraine", "Ukraine", "UKR", 48.4, 31.2, "country", ua, ua + 7),
        new Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "locality", kyiv, kyiv + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "250", 250, 250, "exact"),
        qty(doc, "15", 15, 15, "exact"), qty(doc, "128", 128, 128, "exact")), ActorMentions.none(), List.of(night),
        places, List.of());

    assertEquals(3, claims.size(), () -> "claims: " + claims);
    assertEquals("Kyiv", claims.get(1).place() == null ? null : claims.get(1).place().name());
    assertEquals("2025-05-23TNI", claims.get(2).time() == null ? null : claims.get(2).time().value(), () -> "claims: " + claims);
    assertEquals("Ukraine", claims.get(2).place() == null ? null : claims.get(2).place().name(), () -> "claims: " + claims);
  }

  @Test
  void weaponsOfAnIncidentToldByItsHarmAreNotPlacedInTheHarmsTown() {
    AnnotatedText doc = HandText.create()
        .sentence("Five/CD/five/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " in/IN/in/6/case Lviv/NNP/lviv/4/obl overnight/RB/overnight/4/advmod ./././4/punct")
        .sentence("Air/NN/air/2/compound defences/NNS/defence/3/nsubj shot/VBD/shoot/0/root down/RP/down/3/compound:prt"
            + " 430/CD/430/6/nummod drones/NNS/drone/3/obj ./././3/punct").build();
    int at = doc.text().indexOf("overnight");
    TimeExpression night = new TimeExpression("overnight", at, at + 9, "TIME", "2025-05-23TNI");
    int lviv = doc.text().indexOf("Lviv");
    List<Place> places = List.of(new Place("Lviv", "Lviv", "UKR", 49.8, 24.0, "locality", lviv, lviv + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "Five", 5, 5, "exact"),
        qty(doc, "430", 430, 430, "exact")), ActorMentions.none(), List.of(night), places, List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("2025-05-23TNI", claims.get(1).time() == null ? null : claims.get(1).time().value(), () -> "claims: " + claims);
    assertNull(claims.get(1).place(), () -> "claims: " + claims);
  }

  @Test
  void weaponsFiredAsTheSentencesDatedIncidentHappenedAreItsOwn() {
    AnnotatedText doc = HandText.create().sentence(
        "An/DT/a/2/det attack/NN/attack/3/nsubj killed/VBD/kill/9/ccomp eight/CD/eight/5/nummod people/NNS/person/3/obj"
            + " overnight/RB/overnight/3/advmod ,/,/,/9/punct officials/NNS/official/9/nsubj said/VBD/say/0/root"
            + " ,/,/,/9/punct as/IN/as/13/mark Moscow/NNP/moscow/13/nsubj fired/VBD/fire/9/advcl"
            + " 500/CD/500/15/nummod drones/NNS/drone/13/obj ./././9/punct").build();
    int at = doc.text().indexOf("overnight");
    TimeExpression night = new TimeExpression("overnight", at, at + 9, "TIME", "2026-11-22TNI");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "eight", 8, 8, "exact"),
        qty(doc, "500", 500, 500, "exact")), ActorMentions.none(), List.of(night), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("incident", claims.get(1).kind(), () -> "claims: " + claims);
    assertEquals("2026-11-22TNI", claims.get(1).time() == null ? null : claims.get(1).time().value());
  }

  @Test
  void aPlaceOfAPartNamedApartPlacesOnlyAFigureInThatPart() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj freed/VBD/free/0/root 120/CD/120/4/nummod civilians/NNS/civilian/2/obj ,/,/,/4/punct"
            + " including/VBG/include/7/case residents/NNS/resident/4/nmod of/IN/of/11/case the/DT/the/11/det"
            + " Kursk/NNP/kursk/11/compound region/NN/region/7/nmod ./././2/punct").build();
    AnnotatedText inPart = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj freed/VBD/free/0/root 120/CD/120/4/nummod civilians/NNS/civilian/2/obj ,/,/,/4/punct"
            + " including/VBG/include/8/case 40/CD/40/8/nummod people/NNS/person/4/nmod in/IN/in/10/case"
            + " Kursk/NNP/kursk/8/nmod ./././2/punct").build();

    int at = doc.text().indexOf("Kursk");
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "120", 120, 120, "exact")), ActorMentions.none(),
        List.of(), List.of(new Place("Kursk", "Kursk Oblast", "RUS", 51.7, 36.2, "region", at, at + 12)), List.of());
    int in = inPart.text().indexOf("Kursk");
    List<Claim> part = new ClaimFinder().find(inPart, List.of(qty(inPart, "40", 40, 40, "exact")), ActorMentions.none(),
        List.of(), List.of(new Place("Kursk", "Kursk", "RUS", 51.7, 36.2, "locality", in, in + 5)), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).place(), () -> "claims: " + claims);
    assertEquals("Kursk", part.get(0).place() == null ? null : part.get(0).place().name(), () -> "claims: " + part);
  }

  @Test
  void aPlaceInAClauseSetBesideWithASubjectOfItsOwnIsThatClausesAct() {
    AnnotatedText doc = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj freed/VBD/free/0/root 307/CD/307/4/nummod prisoners/NNS/prisoner/2/obj ,/,/,/2/punct"
            + " the/DT/the/8/det second/JJ/second/8/amod stage/NN/stage/9/nsubj agreed/VBD/agree/2/parataxis"
            + " in/IN/in/11/case Istanbul/NNP/istanbul/9/obl ./././2/punct").build();
    AnnotatedText own = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj freed/VBD/free/0/root 307/CD/307/4/nummod prisoners/NNS/prisoner/2/obj ,/,/,/2/punct"
            + " officials/NNS/official/7/nsubj said/VBD/say/2/parataxis in/IN/in/9/case Sumy/NNP/sumy/2/obl"
            + " ./././2/punct").build();

    int at = doc.text().indexOf("Istanbul");
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "307", 307, 307, "exact")), ActorMentions.none(),
        List.of(), List.of(new Place("Istanbul", "Istanbul", "TUR", 41.0, 29.0, "locality", at, at + 8)), List.of());
    int sumy = own.text().indexOf("Sumy");
    List<Claim> freed = new ClaimFinder().find(own, List.of(qty(own, "307", 307, 307, "exact")), ActorMentions.none(),
        List.of(), List.of(new Place("Sumy", "Sumy", "UKR", 50.9, 34.8, "locality", sumy, sumy + 4)), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).place(), () -> "claims: " + claims);
    assertEquals("Sumy", freed.get(0).place() == null ? null : freed.get(0).place().name(), () -> "claims: " + freed);
  }

  @Test
  void aPlaceThatOnlyLocatesTheOneBeforeItPlacesNothing() {
    AnnotatedText doc = HandText.create().sentence(
        "In/IN/in/4/case the/DT/the/4/det Zhytomyr/NNP/zhytomyr/4/compound region/NN/region/12/obl west/RB/west/4/advmod"
            + " of/IN/of/7/case Kyiv/NNP/kyiv/5/obl ,/,/,/12/punct three/CD/three/10/nummod people/NNS/person/12/nsubj:pass"
            + " were/VBD/be/12/aux:pass killed/VBN/kill/0/root ./././12/punct").build();
    int zh = doc.text().indexOf("Zhytomyr");
    int kyiv = doc.text().indexOf("Kyiv");
    List<Place> places = List.of(new Place("Zhytomyr region", "Zhytomyr Oblast", "UKR", 50.3, 28.7, "region", zh, zh + 15),
        new Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "locality", kyiv, kyiv + 4));

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "three", 3, 3, "exact")), ActorMentions.none(),
        List.of(), places, List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("Zhytomyr Oblast", claims.get(0).place() == null ? null : claims.get(0).place().name());
  }

  @Test
  void trucksCountAidWhenTheirSentenceOrAnAidFigureBeforeSaysTheyCarryIt() {
    String flour = "About/RB/about/2/advmod 90/CD/90/3/nummod trucks/NNS/truck/6/nsubj carrying/VBG/carry/3/acl"
        + " flour/NN/flour/4/obj entered/VBD/enter/0/root ./././6/punct";
    String bare = "Some/DT/some/2/advmod 500/CD/500/3/nummod trucks/NNS/truck/4/nsubj entered/VBD/enter/0/root"
        + " daily/RB/daily/4/advmod ./././4/punct";
    String troops = "Some/DT/some/2/advmod 40/CD/40/3/nummod trucks/NNS/truck/4/nsubj carrying/VBG/carry/3/acl"
        + " troops/NNS/troop/4/obj crossed/VBD/cross/0/root ./././6/punct";
    AnnotatedText story = HandText.create().sentence(flour).sentence(bare).build();
    AnnotatedText alone = HandText.create().sentence(bare).build();
    AnnotatedText military = HandText.create().sentence(troops).build();

    List<Claim> aid = new ClaimFinder().find(story, List.of(qty(story, "90", 90, 90, "approximate"),
        qty(story, "500", 500, 500, "approximate")), ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> none = new ClaimFinder().find(alone, List.of(qty(alone, "500", 500, 500, "approximate")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    List<Claim> convoy = new ClaimFinder().find(military, List.of(qty(military, "40", 40, 40, "approximate")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("aid", "aid"), aid.stream().map(Claim::measure).toList(), () -> "claims: " + aid);
    assertEquals(List.of(), none.stream().map(Claim::measure).toList());
    assertEquals(List.of(), convoy.stream().map(Claim::measure).toList());
  }

  @Test
  void aDateOfAPartNamedApartDatesOnlyThePart() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj lost/VBD/lose/0/root 900/CD/900/4/nummod troops/NNS/troop/2/obj since/IN/since/7/case"
            + " the/DT/the/7/det invasion/NN/invasion/2/obl ,/,/,/2/punct"
            + " including/VBG/include/10/case 40/CD/40/2/obl over/IN/over/14/case the/DT/the/14/det past/JJ/past/14/amod"
            + " day/NN/day/10/nmod ./././2/punct").build();
    int at = doc.text().indexOf("the past day");
    TimeExpression day = new TimeExpression("the past day", at, at + 12, "DATE", "2026-07-02");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "900", 900, 900, "exact"),
        qty(doc, "40", 40, 40, "exact")), ActorMentions.none(), List.of(day), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertNull(claims.get(0).time(), () -> "claims: " + claims);
    assertEquals("2026-07-02", claims.get(1).time() == null ? null : claims.get(1).time().value());
  }

  @Test
  void aTotalBroughtToANumberHungOnASinceClauseCountsTheLosses() {
    AnnotatedText doc = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj said/VBD/say/0/root ,/,/,/2/punct bringing/VBG/bring/2/dep"
            + " Ukraine/NNP/ukraine/8/nmod:poss 's/POS/'s/5/case"
            + " total/JJ/total/8/amod losses/NNS/loss/4/obj since/IN/since/12/mark the/DT/the/11/det"
            + " invasion/NN/invasion/12/nsubj began/VBD/begin/4/advcl to/TO/to/15/case about/RB/about/15/advmod"
            + " 1,168,000/CD/1168000/12/obl ./././2/punct").build();

    Claim c = only(find(doc, mentions(doc, List.of(UKR), "Ukraine", "UKR"), List.of(),
        qty(doc, "1,168,000", 1168000, 1168000, "approximate")));

    assertEquals("casualties", c.measure());
    assertEquals("total losses", c.subject().text());
    assertEquals("UKR", c.subject().actor(), "the owner named before the losses");
  }

  @Test
  void aTollTheParserCutFromItsVerbOfReachingStillCountsTheDead() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj said/VBD/say/0/root the/DT/the/6/det death/NN/death/6/compound"
            + " toll/NN/toll/3/obj had/VBD/have/8/aux reached/VBN/reach/3/dep 70,112/CD/70112/8/obj ./././3/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "70,112", 70112, 70112, "exact")));

    assertEquals("killed", c.measure());
    assertEquals("toll", c.unit());
  }

  @Test
  void aSourceNamedRightAfterTheFigureBeatsTheOneWhoRelaysIt() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det command/NN/command/3/nsubj said/VBD/say/0/root strikes/NNS/strike/5/nsubj"
            + " killed/VBD/kill/3/ccomp 74/CD/74/7/nummod people/NNS/person/5/obj ,/,/,/5/punct"
            + " according/VBG/according/13/case to/IN/to/9/fixed the/DT/the/13/det Houthi/NNP/houthi/13/compound"
            + " -/HYPH/-/13/punct run/VBN/run/13/amod ministry/NN/ministry/5/obl ./././3/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "74", 74, 74, "exact")));

    assertEquals(doc.text().substring(doc.text().indexOf("the Houthi"), doc.text().indexOf("ministry") + 8),
        c.source().text());
  }

  @Test
  void aTrailingReportersSubjectGrownOverTheFigureIsCutBack() {
    // the parser makes "protesters" the head of the subject of "said", with the ministry in apposition
    AnnotatedText doc = HandText.create().sentence(
        "Police/NNS/police/2/nsubj detained/VBD/detain/0/root 30/CD/30/4/nummod protesters/NNS/protester/8/nsubj"
            + " ,/,/,/4/punct the/DT/the/7/det ministry/NN/ministry/4/appos said/VBD/say/2/parataxis"
            + " ./././2/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "30", 30, 30, "exact")));

    assertEquals("the ministry", c.source().text());
  }

  @Test
  void peopleLeftDeadAndOthersInjuredAreTwoFigures() {
    AnnotatedText doc = HandText.create().sentence(
        "Fighting/NN/fighting/2/nsubj left/VBD/leave/0/root 100/CD/100/4/nummod people/NNS/person/2/obj"
            + " dead/JJ/dead/4/amod and/CC/and/8/cc 1,000/CD/1,000/8/dep injured/VBN/injure/5/conj ./././2/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "100", 100, 100, "exact"),
        qty(doc, "1,000", 1000, 1000, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(List.of("killed", "wounded"), claims.stream().map(Claim::measure).toList());
    assertEquals("people", claims.get(1).unit());
  }

  @Test
  void aPassiveHarmAfterAnAsideBetweenCommasStillCounts() {
    // the parser makes "peacekeepers" the object of "said" and hangs "killed" on it as a dep
    AnnotatedText doc = HandText.create().sentence(
        "She/PRP/she/2/nsubj said/VBD/say/0/root 13/CD/13/4/nummod peacekeepers/NNS/peacekeeper/2/obj ,/,/,/4/punct"
            + " including/VBG/including/8/case three/CD/three/8/nummod Africans/NNPS/african/4/nmod ,/,/,/2/punct"
            + " had/VBD/have/12/aux been/VBN/be/12/aux:pass killed/VBN/kill/2/dep ./././2/punct").build();

    assertEquals("killed", only(find(doc, ActorMentions.none(), List.of(), qty(doc, "13", 13, 13, "exact"))).measure());
  }

  @Test
  void moreThanIsABoundNotAnIncrement() {
    AnnotatedText doc = HandText.create().sentence(
        "More/JJR/more/4/advmod than/IN/than/1/fixed 900/CD/900/4/nummod soldiers/NNS/soldier/5/nsubj"
            + " died/VBD/die/0/root ./././5/punct").build();

    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "More than 900", 900, 900, "more_than")));

    assertEquals("total", c.kind());
  }

  @Test
  void trailingSaidInParataxisIsTheClaimant() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root at/IN/at/5/case least/JJS/least/6/nmod"
            + " 14/CD/14/7/nummod people/NNS/people/3/obj ,/,/,/10/punct Ukrainian/JJ/ukrainian/10/amod"
            + " officials/NNS/official/11/nsubj said/VBD/say/3/parataxis ./././3/punct").build();
    ActorMentions actors = mentions(doc, List.of(UKR), "Ukrainian", "UKR");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "at least 14", 14, 14, "at_least")));

    assertEquals("killed", c.measure());
    assertEquals("people", c.unit());
    assertEquals("Ukrainian officials", c.source().text());
    assertEquals("UKR", c.source().actor());
  }

  @Test
  void pronounClaimantResolvesToTheLastBody() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/4/det Russian/JJ/russian/4/amod defence/NN/defence/4/compound ministry/NN/ministry/5/nsubj"
            + " spoke/VBD/speak/0/root ./././5/punct")
        .sentence("It/PRP/it/2/nsubj claimed/VBD/claim/0/root around/RB/around/4/advmod 30/CD/30/6/nummod"
            + " Ukrainian/JJ/ukrainian/6/amod soldiers/NNS/soldier/8/nsubj:pass were/VBD/be/8/aux:pass"
            + " killed/VBN/kill/2/ccomp ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(MOD, UKR), "Russian defence ministry", "rus-defence-ministry", "Ukrainian", "UKR");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "around 30", 30, 30, "approximate")));

    assertEquals("It", c.source().text());
    assertEquals("rus-defence-ministry", c.source().actor());
    assertEquals("UKR", c.subject().actor());
    assertTrue(c.hedged(), "claimed is a hedge");
  }

  @Test
  void aHedgeInAnotherClauseLeavesTheFigureUnhedged() {
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 60,000/CD/60,000/3/nummod residents/NNS/resident/4/nsubj remain/VBP/remain/0/root"
            + " displaced/VBN/displace/4/xcomp ,/,/,/4/punct while/IN/while/10/mark the/DT/the/9/det"
            + " agency/NN/agency/10/nsubj estimates/VBZ/estimate/4/advcl that/IN/that/14/mark 90,000/CD/90,000/13/nummod"
            + " people/NNS/person/14/nsubj fled/VBD/flee/10/ccomp ./././4/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "60,000", 60_000, 60_000, "approximate"),
        qty(doc, "90,000", 90_000, 90_000, "exact")), ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertFalse(claims.get(0).hedged(), "the estimate is of the 90,000");
    assertTrue(claims.get(1).hedged());
  }

  @Test
  void reportingVerbConjoinedToAReportedClauseTakesTheOuterReporter() {
    // "It said its forces hit a depot and claimed that around 30 soldiers were killed.": the parser
    // hangs "claimed" on "hit"; the claim is the ministry's ("It"), not "its forces".
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/4/det Russian/JJ/russian/4/amod defence/NN/defence/4/compound ministry/NN/ministry/5/nsubj"
            + " spoke/VBD/speak/0/root ./././5/punct")
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root its/PRP$/its/4/nmod:poss forces/NNS/force/5/nsubj"
            + " hit/VBD/hit/2/ccomp a/DT/a/7/det depot/NN/depot/5/obj and/CC/and/9/cc claimed/VBD/claim/5/conj"
            + " that/IN/that/15/mark around/RB/around/12/advmod 30/CD/30/13/nummod soldiers/NNS/soldier/15/nsubj:pass"
            + " were/VBD/be/15/aux:pass killed/VBN/kill/9/ccomp ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(MOD), "Russian defence ministry", "rus-defence-ministry");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "around 30", 30, 30, "approximate")));

    assertEquals("It", c.source().text());
    assertEquals("rus-defence-ministry", c.source().actor());
  }

  @Test
  void anIncrementWordBeforeAFigureMarksItOnlyRightBeforeIt() {
    AnnotatedText more = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/2/nsubj sent/VBD/send/0/root another/DT/another/4/det 3,000/CD/3,000/5/nummod"
            + " troops/NNS/troop/2/obj ./././2/punct").build();
    AnnotatedText apart = HandText.create().sentence(
        "They/PRP/they/2/nsubj seized/VBD/seize/0/root another/DT/another/2/obj and/CC/and/5/cc"
            + " killed/VBD/kill/2/conj 4/CD/4/7/nummod sailors/NNS/sailor/5/obj ./././2/punct").build();

    assertEquals("increment", only(find(more, ActorMentions.none(), List.of(), qty(more, "3,000", 3000, 3000, "exact"))).kind());
    assertEquals("total", only(find(apart, ActorMentions.none(), List.of(), qty(apart, "4", 4, 4, "exact"))).kind());
  }

  @Test
  void troopsAStateHasAreItsOwn() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj has/VBZ/have/0/root 3,000/CD/3,000/4/nummod soldiers/NNS/soldier/2/obj"
            + " there/RB/there/2/advmod ./././2/punct").build();

    Claim c = only(find(doc, mentions(doc, List.of(UKR), "Ukraine", "UKR"), List.of(), qty(doc, "3,000", 3000, 3000, "exact")));

    assertEquals("UKR", c.subject().actor());
  }

  @Test
  void figureInTheReportersVoiceHasNoSource() {
    AnnotatedText doc = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/2/nsubj sent/VBD/send/0/root 3,000/CD/3,000/5/nummod more/JJR/more/5/amod"
            + " troops/NNS/troop/2/obj ./././2/punct").build();
    ActorMentions actors = mentions(doc, List.of(PRK), "Pyongyang", "PRK");

    Claim c = only(find(doc, actors, List.of(), qty(doc, "3,000", 3000, 3000, "exact")));

    assertEquals("troops", c.measure());
    assertNull(c.source());
    assertEquals("increment", c.kind());
    assertEquals("PRK", c.subject().actor(), "the sender owns the troops");
    assertFalse(c.hedged());
  }

  @Test
  void figureInsideAQuoteBelongsToTheSpeaker() {
    AnnotatedText doc = HandText.create().sentence(
        "We/PRP/we/2/nsubj lost/VBD/lose/0/root 200/CD/200/4/nummod tanks/NNS/tank/2/obj ./././2/punct").build();
    Source speaker = new Source("the general", null, 0, 2);
    Quote q = new Quote(doc.text(), 0, doc.text().length(), "said", speaker, "test");

    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "200", 200, 200, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of(q)));

    assertEquals("weapons", c.measure());
    assertEquals(speaker, c.source());
  }

  @Test
  void numbersThatCountNothingOfInterestAreDropped() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/3/det two/CD/two/3/nummod countries/NNS/country/4/nsubj met/VBD/meet/0/root ./././4/punct").build();

    assertTrue(find(doc, ActorMentions.none(), List.of(), qty(doc, "two", 2, 2, "exact")).isEmpty());
  }

  @Test
  void numbersInsideDatesAreDropped() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj signed/VBD/sign/0/root in/IN/in/4/case June/NNP/june/2/obl"
            + " 2024/CD/2024/4/nummod ./././2/punct").build();
    int at = doc.text().indexOf("June 2024");
    TimeExpression june = new TimeExpression("June 2024", at, at + 9, "DATE", "2024-06");

    assertTrue(find(doc, ActorMentions.none(), List.of(june), qty(doc, "2024", 2024, 2024, "exact")).isEmpty());
  }

  @Test
  void peopleThatLossesStandAtAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/2/amod losses/NNS/loss/3/nsubj stood/VBD/stand/0/root at/IN/at/6/case"
            + " 1,130/CD/1,130/6/nummod soldiers/NNS/soldier/3/obl ./././3/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "1,130", 1130, 1130, "exact")));
    assertEquals("casualties", c.measure());
    assertEquals("soldiers", c.unit());
    assertEquals("Russian losses", c.subject().text());
  }

  @Test
  void aRelativePronounClaimantIsTheNounItHangsOn() {
    AnnotatedText doc = HandText.create().sentence(
        "People/NNS/person/2/nsubj fled/VBD/flee/0/root ,/,/,/2/punct according/VBG/accord/7/case to/IN/to/4/fixed"
            + " the/DT/the/7/det agency/NN/agency/2/obl ,/,/,/7/punct which/WDT/which/10/nsubj"
            + " estimated/VBD/estimate/7/acl:relcl that/IN/that/15/mark 8,000/CD/8,000/13/nummod"
            + " families/NNS/family/15/nsubj:pass were/VBD/be/15/aux:pass displaced/VBN/displace/10/ccomp"
            + " ./././2/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "8,000", 8000, 8000, "exact")));
    assertEquals("the agency", c.source().text());
  }

  @Test
  void tensOfThousandsOfPeopleTakeTheVerbOfTheNumber() {
    AnnotatedText doc = HandText.create().sentence(
        "Tens/NNS/ten/6/nsubj of/IN/of/3/case thousands/NNS/thousand/1/nmod of/IN/of/5/case people/NNS/person/3/nmod"
            + " fled/VBD/flee/0/root ./././6/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "Tens of thousands", 20000, 90000, "approximate")));
    assertEquals("displaced", c.measure());
  }

  @Test
  void peopleOwnedByAPronounAreWhoeverItStandsFor() {
    AnnotatedText doc = HandText.create().sentence(
        "Hamas/NNP/hamas/2/nsubj said/VBD/say/0/root 47/CD/47/8/nsubj of/IN/of/6/case its/PRP$/its/6/nmod:poss"
            + " fighters/NNS/fighter/3/nmod had/VBD/have/8/aux died/VBN/die/2/ccomp ./././2/punct").build();
    Actor hamas = new Actor("HAMAS", "Hamas", "armed_group", "PSE", null, List.of());
    ActorMentions actors = mentions(doc, List.of(hamas), "Hamas", "HAMAS");
    Claim c = only(find(doc, actors, List.of(), qty(doc, "47", 47, 47, "exact")));
    assertEquals("killed", c.measure());
    assertEquals("HAMAS", c.subject().actor());
  }

  @Test
  void conjoinedFiguresAreSentByTheSameHand() {
    AnnotatedText doc = HandText.create().sentence(
        "China/NNP/china/2/nsubj sent/VBD/send/0/root 45/CD/45/4/nummod aircraft/NN/aircraft/2/obj"
            + " and/CC/and/8/cc nine/CD/nine/8/nummod navy/NN/navy/8/compound ships/NNS/ship/4/conj ./././2/punct").build();
    Actor chn = new Actor("CHN", "China", "country", "CHN", null, List.of());
    ActorMentions actors = mentions(doc, List.of(chn), "China", "CHN");
    List<Claim> claims = new ClaimFinder().find(doc,
        List.of(qty(doc, "45", 45, 45, "exact"), qty(doc, "nine", 9, 9, "exact")), actors, List.of(), List.of(), List.of());
    assertEquals(2, claims.size());
    assertEquals("CHN", claims.get(1).subject().actor());
  }

  @Test
  void aSpanOfTimeIsNoFigureAndAnExchangeIsNoToll() {
    AnnotatedText doc = HandText.create().sentence(
        "33/CD/33/2/nummod hostages/NNS/hostage/3/nsubj:pass released/VBN/release/0/root over/IN/over/5/advmod"
            + " six/CD/six/6/nummod weeks/NNS/week/3/obl:tmod in/IN/in/8/case exchange/NN/exchange/3/obl"
            + " for/IN/for/10/case hundreds/NNS/hundred/3/obl of/IN/of/13/case Palestinian/JJ/palestinian/13/amod"
            + " prisoners/NNS/prisoner/10/nmod ./././3/punct").build();
    int at = doc.text().indexOf("over six weeks");
    TimeExpression weeks = new TimeExpression("over six weeks", at, at + 14, "DURATION", "P6W");
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "33", 33, 33, "exact"),
        qty(doc, "over six", 6, 6, "more_than"), qty(doc, "hundreds", 200, 900, "approximate")),
        ActorMentions.none(), List.of(weeks), List.of(), List.of());
    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("prisoners", claims.get(1).unit());
  }

  @Test
  void aCrowdPutAtANumberIsCountedInPeople() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/3/det interior/NN/interior/3/compound ministry/NN/ministry/4/nsubj put/VBD/put/0/root"
            + " the/DT/the/6/det crowd/NN/crowd/4/obj at/IN/at/8/case 15,000/CD/15,000/4/obl ./././4/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "15,000", 15000, 15000, "exact")));
    assertEquals("people", c.unit());
    assertEquals("The interior ministry", c.source().text());
  }

  @Test
  void aNumberBeforeHospitalTreatmentCountsNoHospitals() {
    AnnotatedText doc = HandText.create().sentence(
        "30/CD/30/4/nummod required/VBN/require/4/amod hospital/NN/hospital/4/compound treatment/NN/treatment/0/root"
            + " ./././4/punct").build();
    assertTrue(find(doc, ActorMentions.none(), List.of(), qty(doc, "30", 30, 30, "exact")).isEmpty());
  }

  @Test
  void aNumberAfterAConjoinedHarmVerbCountsTheNounBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Strikes/NNS/strike/2/nsubj killed/VBD/kill/0/root four/CD/four/4/nummod people/NNS/person/2/obj"
            + " and/CC/and/6/cc wounded/VBD/wound/2/conj 11/CD/11/6/obj ./././2/punct").build();
    List<Claim> claims = new ClaimFinder().find(doc,
        List.of(qty(doc, "four", 4, 4, "exact"), qty(doc, "11", 11, 11, "exact")), ActorMentions.none(), List.of(),
        List.of(), List.of());
    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("wounded", claims.get(1).measure());
    assertEquals("people", claims.get(1).unit());
  }

  @Test
  void aHarmVerbHungOnTheReporterStillCountsTheNounBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Media/NNS/media/2/nsubj said/VBD/say/0/root strikes/NNS/strike/4/nsubj killed/VBD/kill/2/ccomp"
            + " four/CD/four/6/nummod people/NNS/person/4/obj and/CC/and/8/cc wounded/VBD/wound/2/conj"
            + " 11/CD/11/8/obj ./././2/punct").build();
    List<Claim> claims = new ClaimFinder().find(doc,
        List.of(qty(doc, "four", 4, 4, "exact"), qty(doc, "11", 11, 11, "exact")), ActorMentions.none(), List.of(),
        List.of(), List.of());
    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("wounded", claims.get(1).measure());
  }

  @Test
  void aFigureItsClauseSpreadsOverTheCountryIsPlacedAtNoTownAnotherClauseNames() {
    String words = "Gangs/NNS/gang/2/nsubj control/VBP/control/0/root most/JJS/most/2/obj of/IN/of/5/case"
        + " Port-au-Prince/NNP/port-au-prince/3/nmod and/CC/and/9/cc fighting/NN/fighting/9/nsubj has/VBZ/have/9/aux"
        + " forced/VBN/force/2/conj 1.3/CD/1.3/11/compound million/CD/million/12/nummod people/NNS/person/9/obj"
        + " from/IN/from/14/case homes/NNS/home/9/obl";
    AnnotatedText spread = HandText.create().sentence(words + " nationwide/RB/nationwide/9/advmod ./././2/punct").build();
    AnnotatedText plain = HandText.create().sentence(words + " ./././2/punct").build();

    assertNull(placeOfTheDisplaced(spread));
    assertEquals("Port-au-Prince", placeOfTheDisplaced(plain), "without the word, the rule leaves the place alone");
  }

  private static String placeOfTheDisplaced(AnnotatedText doc) {
    int city = doc.text().indexOf("Port-au-Prince");
    List<org.sitrep.record.Place> places = List.of(new org.sitrep.record.Place("Port-au-Prince", "Port-au-Prince", "HTI",
        18.54, -72.34, "locality", city, city + 14));
    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "1.3 million", 1.3e6, 1.3e6, "exact")),
        ActorMentions.none(), List.of(), places, List.of()));
    return c.place() == null ? null : c.place().name();
  }

  @Test
  void aWeaponTheIncidentBeforeDidNotCountIsAnotherAct() {
    List<Claim> bomb = afterTheBarrage("A/DT/a/3/det guided/VBN/guide/3/amod bomb/NN/bomb/4/nsubj killed/VBD/kill/0/root"
        + " three/CD/three/6/nummod people/NNS/person/4/obj and/CC/and/8/cc wounded/VBD/wound/4/conj"
        + " 12/CD/12/10/nummod others/NNS/other/8/obj ./././4/punct", "12");
    List<Claim> drone = afterTheBarrage("A/DT/a/2/det drone/NN/drone/3/nsubj killed/VBD/kill/0/root"
        + " three/CD/three/5/nummod people/NNS/person/3/obj ./././3/punct", null);

    assertEquals(3, bomb.size(), () -> "claims: " + bomb);
    assertNull(bomb.get(1).time(), () -> "a bomb is not the drones' barrage: " + bomb.get(1));
    assertNull(bomb.get(2).time(), () -> "nor are the wounded joined to its harm: " + bomb.get(2));
    assertEquals("people", bomb.get(2).unit(), "the others are of the kind just counted");
    assertEquals("2026-09-27TNI", drone.get(1).time() == null ? null : drone.get(1).time().value(),
        () -> "a drone is of the barrage: " + drone);

    // an attack told with no figure, which names drones and no bomb
    AnnotatedText told = HandText.create()
        .sentence("Drones/NNS/drone/2/nsubj struck/VBD/strike/0/root Kyiv/NNP/kyiv/2/obj overnight/RB/overnight/2/advmod"
            + " ./././2/punct")
        .sentence("A/DT/a/3/det guided/VBN/guide/3/amod bomb/NN/bomb/4/nsubj killed/VBD/kill/0/root"
            + " three/CD/three/6/nummod people/NNS/person/4/obj ./././4/punct").build();
    int at = told.text().indexOf("overnight");
    Claim afterTold = only(new ClaimFinder().find(told, List.of(qty(told, "three", 3, 3, "exact")), ActorMentions.none(),
        List.of(new TimeExpression("overnight", at, at + 9, "DATE", "2026-09-27TNI")), List.of(), List.of()));
    assertNull(afterTold.time(), () -> afterTold.toString());
  }

  /** The claims of "Russia launched 95 drones overnight." and then the given hand-parsed sentence. */
  private static List<Claim> afterTheBarrage(String sentence, String second) {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root 95/CD/95/4/nummod drones/NNS/drone/2/obj"
            + " overnight/RB/overnight/2/advmod ./././2/punct")
        .sentence(sentence).build();
    int at = doc.text().indexOf("overnight");
    TimeExpression overnight = new TimeExpression("overnight", at, at + 9, "DATE", "2026-09-27TNI");
    List<Quantity> qs = new ArrayList<>(List.of(qty(doc, "95", 95, 95, "exact"), qty(doc, "three", 3, 3, "exact")));
    if (second != null) qs.add(qty(doc, second, 12, 12, "exact"));
    return new ClaimFinder().find(doc, qs, ActorMentions.none(), List.of(overnight), List.of(), List.of());
  }

  @Test
  void whatATollsRiseAddedIsAnIncrement() {
    String toll = "The/DT/the/2/det toll/NN/toll/4/nsubj has/VBZ/have/4/aux risen/VBN/rise/0/root to/IN/to/6/case"
        + " five/CD/five/4/obl ";
    // as the parser often hangs it: the number on the verb, the dying on the number
    AnnotatedText hung = HandText.create().sentence(toll + "after/IN/after/8/case two/CD/two/4/obl of/IN/of/11/case"
        + " the/DT/the/11/det wounded/NN/wounded/8/nmod died/VBD/die/8/acl ./././4/punct").build();
    AnnotatedText clause = HandText.create().sentence(toll + "after/IN/after/10/mark two/CD/two/9/nummod"
        + " people/NNS/person/10/nsubj died/VBD/die/4/advcl ./././4/punct").build();
    AnnotatedText and = HandText.create().sentence(toll + "and/CC/and/10/cc two/CD/two/9/nummod"
        + " people/NNS/person/10/nsubj died/VBD/die/4/conj ./././4/punct").build();

    assertEquals("increment", kindOfTheSecond(hung));
    assertEquals("increment", kindOfTheSecond(clause));
    assertNotEquals("increment", kindOfTheSecond(and), "no word of what the rise added");
  }

  private static String kindOfTheSecond(AnnotatedText doc) {
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "five", 5, 5, "exact"), qty(doc, "two", 2, 2, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(2, claims.size(), () -> "claims: " + claims);
    return claims.get(1).kind();
  }

  @Test
  void peopleShelteringSomewhereAreASnapshotHoweverTheParserHangsTheVerb() {
    AnnotatedText plain = HandText.create().sentence("150/CD/150/2/nummod people/NNS/person/4/nsubj were/VBD/be/4/aux"
        + " sheltering/VBG/shelter/0/root in/IN/in/7/case the/DT/the/7/det school/NN/school/4/obl ./././4/punct").build();
    AnnotatedText hung = HandText.create().sentence("150/CD/150/2/nummod people/NNS/person/3/nsubj"
        + " displaced/VBN/displace/0/root by/IN/by/5/case fighting/VBG/fight/3/obl had/VBD/have/8/aux been/VBN/be/8/aux"
        + " sheltering/VBG/shelter/3/dep ./././3/punct").build();

    assertEquals("snapshot", only(find(plain, ActorMentions.none(), List.of(), qty(plain, "150", 150, 150, "exact"))).kind());
    assertEquals("snapshot", only(find(hung, ActorMentions.none(), List.of(), qty(hung, "150", 150, 150, "exact"))).kind());
  }

  @Test
  void wherePartOfThoseCountedWentIsThePartsPlace() {
    AnnotatedText doc = HandText.create().sentence(
        "some/DT/some/2/advmod 40,000/CD/40000/3/nummod people/NNS/person/5/nsubj had/VBD/have/5/aux"
            + " fled/VBN/flee/0/root the/DT/the/7/det fighting/NN/fighting/5/obj ,/,/,/5/punct many/JJ/many/12/nsubj"
            + " of/IN/of/11/case them/PRP/they/9/nmod crossing/VBG/cross/5/advcl into/IN/into/14/case"
            + " Uganda/NNP/uganda/12/obl ./././5/punct").build();
    int at = doc.text().indexOf("Uganda");
    List<org.sitrep.record.Place> places = List.of(
        new org.sitrep.record.Place("Uganda", "Uganda", "UGA", 1.37, 32.29, "country", at, at + 6));
    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "40,000", 40000, 40000, "exact")),
        ActorMentions.none(), List.of(), places, List.of()));
    assertNull(c.place(), () -> c.toString());
  }

  @Test
  void aNumberAfterWithCountsItsOwnNounPastItsModifiers() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj targeted/VBD/target/0/root a/DT/a/4/det ship/NN/ship/2/obj with/IN/with/8/case"
            + " two/CD/two/8/nummod ballistic/JJ/ballistic/8/amod missiles/NNS/missile/2/obl ./././2/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "two", 2, 2, "exact")));
    assertEquals(List.of(Measures.WEAPONS, "missiles"), List.of(c.measure(), c.unit()));
  }

  @Test
  void squareKilometresAreTerritory() {
    AnnotatedText doc = HandText.create().sentence(
        "Russia/NNP/russia/2/nsubj gained/VBD/gain/0/root 450/CD/450/5/nummod square/JJ/square/5/amod"
            + " kilometres/NNS/kilometre/2/obj ./././2/punct").build();
    int at = doc.text().indexOf("450");
    Quantity area = new Quantity("450 square kilometres", at, at + 21, 450, 450, "exact", "square km", null);
    assertEquals(Measures.TERRITORY, only(find(doc, ActorMentions.none(), List.of(), area)).measure());
  }

  @Test
  void anAmountInBracketsAfterAnotherIsThatAmountConverted() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det EU/NNP/eu/3/nsubj approved/VBD/approve/0/root 1.5/CD/1.5/5/compound billion/CD/billion/6/nummod"
            + " euros/NNS/euro/3/obj (/-LRB-/(/6/punct $/$/$/6/dep 1.6/CD/1.6/10/compound billion/CD/billion/8/nummod"
            + " )/-RRB-/)/6/punct ./././3/punct").build();
    int eur = doc.text().indexOf("1.5 billion euros");
    int usd = doc.text().indexOf("$ 1.6 billion");
    List<Claim> claims = new ClaimFinder().find(doc, List.of(
        new Quantity("1.5 billion euros", eur, eur + 17, 1.5e9, 1.5e9, "exact", "EUR", null),
        new Quantity("$ 1.6 billion", usd, usd + 13, 1.6e9, 1.6e9, "exact", "USD", null)),
        ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(List.of("EUR"), claims.stream().map(Claim::unit).toList());
  }

  @Test
  void lossesPutAtANumberKilledOrWoundedAreCasualtiesOfTheLosersSide() {
    AnnotatedText doc = HandText.create().sentence(
        "Kyiv/NNP/kyiv/2/nsubj put/VBD/put/0/root Korean/JJ/korean/4/amod losses/NNS/loss/2/obj higher/RBR/high/2/advmod"
            + " ,/,/,/2/punct at/IN/at/11/case more/JJR/more/10/advmod than/IN/than/8/fixed 5,000/CD/5000/11/dep"
            + " killed/VBN/kill/2/obl or/CC/or/13/cc wounded/VBN/wound/11/conj ./././2/punct").build();
    Claim c = only(find(doc, ActorMentions.none(), List.of(), qty(doc, "5,000", 5000, 5000, "more_than")));
    assertEquals(List.of(Measures.CASUALTIES, "losses", "Korean losses"),
        List.of(c.measure(), c.unit(), c.subject().text()), () -> c.toString());
  }

  @Test
  void numbersKilledOrWoundedAreCasualties() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj counted/VBD/count/0/root 300/CD/300/4/nummod killed/VBN/kill/2/obj or/CC/or/6/cc"
            + " wounded/VBN/wound/4/conj ./././2/punct").build();
    assertEquals(Measures.CASUALTIES, only(find(doc, ActorMentions.none(), List.of(), qty(doc, "300", 300, 300, "exact"))).measure());
  }

  @Test
  void aNumberAfterTheseOrThosePointsBackAndCountsNothingAnew() {
    AnnotatedText doc = HandText.create().sentence(
        "These/DT/these/4/det two/CD/two/4/nummod Korean/JJ/korean/4/amod soldiers/NNS/soldier/5/nsubj"
            + " recovered/VBD/recover/0/root ./././5/punct").build();
    assertEquals(List.of(), find(doc, ActorMentions.none(), List.of(), qty(doc, "two", 2, 2, "exact")));
  }

  @Test
  void peopleStillHeldAreASnapshotButATollStillRisingIsNot() {
    AnnotatedText held = HandText.create().sentence("8,000/CD/8000/2/nummod Ukrainians/NNPS/ukrainian/5/nsubj:pass"
        + " are/VBP/be/5/aux:pass still/RB/still/5/advmod held/VBN/hold/0/root in/IN/in/7/case Russia/NNP/russia/5/obl"
        + " ./././5/punct").build();
    AnnotatedText killed = HandText.create().sentence("40/CD/40/2/nummod people/NNS/person/5/nsubj:pass"
        + " were/VBD/be/5/aux:pass still/RB/still/5/advmod killed/VBN/kill/0/root there/RB/there/5/advmod"
        + " ./././5/punct").build();
    assertEquals("snapshot", only(find(held, ActorMentions.none(), List.of(), qty(held, "8,000", 8000, 8000, "exact"))).kind());
    assertNotEquals("snapshot", only(find(killed, ActorMentions.none(), List.of(), qty(killed, "40", 40, 40, "exact"))).kind());
  }

  @Test
  void aFigureOverTheSamePeriodIsDatedByTheFigureBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("3,000/CD/3000/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass displaced/VBN/displace/0/root"
            + " in/IN/in/6/case 2021/CD/2021/4/obl ./././4/punct")
        .sentence("It/PRP/it/2/nsubj killed/VBD/kill/0/root 600/CD/600/4/nummod civilians/NNS/civilian/2/obj"
            + " over/IN/over/8/case the/DT/the/8/det same/JJ/same/8/amod period/NN/period/2/obl ./././2/punct")
        .build();
    int at = doc.text().indexOf("2021");
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "3,000", 3000, 3000, "exact"),
        qty(doc, "600", 600, 600, "exact")), ActorMentions.none(),
        List.of(new TimeExpression("2021", at, at + 4, "DATE", "2021")), List.of(), List.of());
    assertEquals(2, claims.size(), () -> "claims: " + claims);
    assertEquals("2021", claims.get(1).time() == null ? null : claims.get(1).time().value(), () -> "claims: " + claims);
  }

  @Test
  void thePlacePeopleFledIsWhereTheyAreCounted() {
    AnnotatedText doc = HandText.create().sentence(
        "Some/DT/some/2/advmod 120,000/CD/120000/3/nummod people/NNS/person/5/nsubj had/VBD/have/5/aux"
            + " fled/VBN/flee/0/root El_Fasher/NNP/el_fasher/5/obj ./././5/punct").build();
    int town = doc.text().indexOf("El Fasher");
    List<org.sitrep.record.Place> places = List.of(
        new org.sitrep.record.Place("El Fasher", "El Fasher", "SDN", 13.63, 25.35, "locality", town, town + 9));
    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "120,000", 120000, 120000, "exact")),
        ActorMentions.none(), List.of(), places, List.of()));
    assertEquals("displaced", c.measure());
    assertEquals("El Fasher", c.place() == null ? null : c.place().name());
  }

  @Test
  void whereTheRocketWasFiredFromIsNotWhereItsVictimsWere() {
    AnnotatedText doc = HandText.create().sentence(
        "Five/CD/five/2/nummod Israelis/NNPS/israeli/4/nsubj:pass were/VBD/be/4/aux:pass wounded/VBN/wound/0/root"
            + " when/WRB/when/12/advmod a/DT/a/7/det rocket/NN/rocket/12/nsubj fired/VBN/fire/7/acl from/IN/from/10/case"
            + " Lebanon/NNP/lebanon/8/obl hit/VBD/hit/4/advcl a/DT/a/14/det house/NN/house/12/obj in/IN/in/16/case"
            + " Kiryat_Shmona/NNP/kiryat_shmona/12/obl ./././4/punct").build();
    int lebanon = doc.text().indexOf("Lebanon");
    int town = doc.text().indexOf("Kiryat Shmona");
    List<org.sitrep.record.Place> places = List.of(
        new org.sitrep.record.Place("Lebanon", "Lebanon", "LBN", 33.9, 35.9, "country", lebanon, lebanon + 7),
        new org.sitrep.record.Place("Kiryat Shmona", "Kiryat Shmona", "ISR", 33.2, 35.57, "locality", town, town + 13));
    Claim c = only(new ClaimFinder().find(doc, List.of(qty(doc, "Five", 5, 5, "exact")), ActorMentions.none(),
        List.of(), places, List.of()));
    assertEquals("Kiryat Shmona", c.place().name());
  }

  @Test
  void aFiguresDateThatOpensASpanOfTwoIsTheWholeSpan() {
    assertEquals(List.of("between January and March", "2026-01/2026-03"), spanOf("between", "and", "2026-03"));
    assertEquals(List.of("from January to March", "2026-01/2026-03"), spanOf("from", "to", "2026-03"));
    // no word that opens a span, or a second date not after the first: the first date alone
    assertEquals(List.of("January", "2026-01"), spanOf("in", "and", "2026-03"));
    assertEquals(List.of("January", "2026-01"), spanOf("between", "and", "2025-03"));
  }

  /** The time of "2,680 people were killed {opener} January {joiner} March", March resolved to {@code march}. */
  private static List<String> spanOf(String opener, String joiner, String march) {
    AnnotatedText doc = HandText.create().sentence(
        "2,680/CD/2680/2/nummod people/NNS/person/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " " + opener + "/IN/" + opener + "/6/case January/NNP/january/4/obl " + joiner + "/CC/" + joiner + "/8/cc"
            + " March/NNP/march/6/conj ./././4/punct").build();
    int jan = doc.text().indexOf("January");
    int mar = doc.text().indexOf("March");
    List<TimeExpression> times = List.of(new TimeExpression("January", jan, jan + 7, "DATE", "2026-01"),
        new TimeExpression("March", mar, mar + 5, "DATE", march));
    Claim c = only(find(doc, ActorMentions.none(), times, qty(doc, "2,680", 2680, 2680, "exact")));
    return List.of(c.time().text(), c.time().value());
  }

  private static List<Claim> find(AnnotatedText doc, ActorMentions actors, List<TimeExpression> times, Quantity q) {
    return new ClaimFinder().find(doc, List.of(q), actors, times, List.of(), List.of());
  }

  private static Claim only(List<Claim> claims) {
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }

  static Quantity qty(AnnotatedText doc, String text, double low, double high, String qualifier) {
    int at = doc.text().indexOf(text);
    if (at < 0) throw new IllegalArgumentException("not in text: " + text);
    return new Quantity(text, at, at + text.length(), low, high, qualifier, null, null);
  }

  /** Mentions given as pairs of (text, actor id), found at their first place in the text. */
  static ActorMentions mentions(AnnotatedText doc, List<Actor> actors, String... pairs) {
    List<ResolvedMention> ms = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      int at = doc.text().indexOf(pairs[i]);
      ms.add(new ResolvedMention(at, at + pairs[i].length(), pairs[i], pairs[i + 1], "test"));
    }
    return ActorMentions.of(ms, actors);
  }
}
