package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;

class RoleNounsTest {
  private final ActorFinder finder = new ActorFinder(Catalog.load());

  private ActorMentions find(AnnotatedText doc) {
    return finder.find(doc, LocalDate.of(2025, 6, 10));
  }

  private static String actorAt(AnnotatedText doc, ActorMentions m, String words, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) at = doc.text().indexOf(words, at + 1);
    return m.actorIn(at, at + words.length());
  }

  @Test
  void theMinistryIsTheLatestMinistryNamed() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/4/nmod:poss 's/POS/'s/1/case foreign/JJ/foreign/4/amod ministry/NN/ministry/5/nsubj"
            + " objected/VBD/object/0/root ./././5/punct")
        .sentence("The/DT/the/2/det ministry/NN/ministry/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("rus-foreign-ministry", actorAt(doc, m, "The ministry", 0));
    assertEquals(RoleNouns.FINDER, m.within(doc.text().indexOf("The ministry"), doc.text().indexOf("The ministry") + 3)
        .get(0).finder());
  }

  @Test
  void aBodyTheNerTookForANameIsStillTheLatestOfItsType() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/4/nmod:poss 's/POS/'s/1/case defence/NN/defence/4/compound ministry/NN/ministry/5/nsubj"
            + " objected/VBD/object/0/root ./././5/punct")
        .sentence("The/DT/the/3/det Defence/NNP/defence/3/compound/ORGANIZATION Ministry/NNP/ministry/4/nsubj/ORGANIZATION"
            + " said/VBD/say/0/root so/RB/so/4/advmod ./././4/punct")
        .sentence("Defence/NNP/defence/2/compound/ORGANIZATION Ministry/NNP/ministry/3/nsubj/ORGANIZATION"
            + " officials/NNS/official/4/nsubj spoke/VBD/speak/0/root ./././4/punct")
        .build();
    ActorMentions m = find(doc);

    assertEquals("rus-defence-ministry", actorAt(doc, m, "The Defence Ministry", 0));
    assertEquals("rus-defence-ministry", actorAt(doc, m, "Defence Ministry", 1), "the NER's other mention of that name too");
    assertTrue(m.actors().stream().noneMatch(a -> a.id().equals("defence-ministry")));
  }

  @Test
  void theGroupIsNotTheOneItIsTiedToByAHyphen() {
    AnnotatedText doc = HandText.create()
        .sentence("Al/NNP/al/2/compound Shabaab/NNP/shabaab/7/nsubj ,/,/,/2/punct the/DT/the/6/det al/NNP/al/6/compound"
            + " Qaeda-affiliated/JJ/qaeda-affiliated/6/amod group/NN/group/2/appos spoke/VBD/speak/0/root ./././7/punct")
        .sentence("The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("ALSHABAB", actorAt(doc, m, "The group", 0));
  }

  /** A dated dateline that names Haiti's capital, and the story's first clause. */
  private static final String HAITI_DATELINE = "PORT-AU-PRINCE/NNP/port-au-prince/10/dep ,/,/,/1/punct"
      + " April/NNP/april/1/appos 2/CD/2/3/nummod -/:/-/1/punct Gangs/NNS/gang/7/nsubj burned/VBD/burn/0/root"
      + " homes/NNS/home/7/obj ./././7/punct";

  @Test
  void barePoliceAreThePoliceOfTheStateTheDatelineNames() {
    AnnotatedText doc = HandText.create()
        .sentence(HAITI_DATELINE)
        .sentence("Police/NNS/police/2/nsubj said/VBD/say/0/root so/RB/so/2/advmod ./././2/punct")
        .sentence("A/DT/a/3/det police/NN/police/3/compound spokesman/NN/spokesman/4/nsubj spoke/VBD/speak/0/root"
            + " ./././4/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("hti-police", actorAt(doc, m, "Police", 0));
    assertNull(actorAt(doc, m, "police", 0), "a police spokesman names no actor by the word police");
  }

  @Test
  void theInteriorMinistryIsTheDatelineStatesButNotOneThatNamesItsPlace() {
    AnnotatedText doc = HandText.create()
        .sentence(HAITI_DATELINE)
        .sentence("The/DT/the/3/det interior/NN/interior/3/compound ministry/NN/ministry/4/nsubj said/VBD/say/0/root"
            + " so/RB/so/4/advmod ./././4/punct")
        .sentence("The/DT/the/3/det health/NN/health/3/compound ministry/NN/ministry/6/nsubj in/IN/in/5/case"
            + " Gaza/NNP/gaza/3/nmod said/VBD/say/0/root so/RB/so/6/advmod ./././6/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("hti-interior-ministry", actorAt(doc, m, "The interior ministry", 0));
    assertNull(actorAt(doc, m, "The health ministry", 0), "the health ministry in Gaza is not Haiti's");
  }

  @Test
  void theEmergencyServiceIsTheStatesOfTheTownTheDatelineNames() {
    ActorFinder knowsKharkiv = new ActorFinder(Catalog.load(), name -> name.equalsIgnoreCase("Kharkiv"),
        name -> name.equalsIgnoreCase("Kharkiv") ? "UKR" : null);
    AnnotatedText doc = HandText.create()
        .sentence("KHARKIV/NNP/kharkiv/10/dep ,/,/,/1/punct August/NNP/august/1/appos 14/CD/14/3/nummod -/:/-/1/punct"
            + " Shelling/NN/shelling/7/nsubj resumed/VBD/resume/0/root ./././7/punct")
        .sentence("The/DT/the/4/det State/NNP/state/4/compound Emergency/NNP/emergency/4/compound"
            + " Service/NNP/service/5/nsubj said/VBD/say/0/root so/RB/so/5/advmod ./././5/punct")
        .build();

    assertEquals("ukr-emergency-service", actorAt(doc, knowsKharkiv.find(doc, LocalDate.of(2025, 8, 14)),
        "The State Emergency Service", 0));
    assertNull(actorAt(doc, find(doc), "The State Emergency Service", 0), "a town no gazetteer knows names no state");
  }

  @Test
  void barePoliceWithoutADatelineStayUnresolved() {
    AnnotatedText doc = HandText.create()
        .sentence("Haiti/NNP/haiti/2/nsubj voted/VBD/vote/0/root ./././2/punct")
        .sentence("Police/NNS/police/2/nsubj said/VBD/say/0/root so/RB/so/2/advmod ./././2/punct")
        .build();
    assertNull(actorAt(doc, find(doc), "Police", 0));
  }

  @Test
  void theGroupIsTheLatestArmedGroupNamed() {
    AnnotatedText doc = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj spoke/VBD/speak/0/root ./././2/punct")
        .sentence("The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    assertEquals("HAMAS", actorAt(doc, find(doc), "The group", 0));
  }

  @Test
  void theGroupIsARightsGroupNamedSinceTheArmedGroup() {
    AnnotatedText doc = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj spoke/VBD/speak/0/root ./././2/punct")
        .sentence("Human/NNP/human/2/compound/ORGANIZATION Rights/NNP/rights/3/compound/ORGANIZATION"
            + " Watch/NNP/watch/4/nsubj/ORGANIZATION objected/VBD/object/0/root ./././4/punct")
        .sentence("The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .sentence("The/DT/the/3/det Sudan/NNP/sudan/3/compound/ORGANIZATION Network/NNP/network/4/nsubj/ORGANIZATION"
            + " counted/VBD/count/0/root ./././4/punct")
        .sentence("The/DT/the/2/det group/NN/group/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("HRW", actorAt(doc, m, "The group", 0));
    String network = m.actorIn(doc.text().indexOf("Sudan Network"), doc.text().indexOf("Sudan Network") + 13);
    assertTrue(network != null && !network.equals("HRW"), () -> "a body of the tagger's: " + network);
    assertEquals(network, actorAt(doc, m, "The group", 1), "a group the tagger named");
  }

  @Test
  void theAgencyIsTheLatestInternationalBodyOrBodyNamedAnAgency() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det IOM/NNP/iom/3/nsubj counted/VBD/count/0/root ./././3/punct")
        .sentence("The/DT/the/2/det agency/NN/agency/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .sentence("Xinhua/NNP/xinhua/2/nsubj reported/VBD/report/0/root ./././2/punct")
        .sentence("The/DT/the/2/det agency/NN/agency/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("IOM", actorAt(doc, m, "The agency", 0));
    assertEquals("chn-xinhua", actorAt(doc, m, "The agency", 1), "a news agency named since");
  }

  @Test
  void theOfficeIsTheLatestBodyNamedAnOffice() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/5/det UN/NNP/un/5/compound human/JJ/human/4/amod rights/NNS/right/5/compound"
            + " office/NN/office/6/nsubj counted/VBD/count/0/root ./././6/punct")
        .sentence("The/DT/the/2/det IOM/NNP/iom/3/nsubj agreed/VBD/agree/0/root ./././3/punct")
        .sentence("The/DT/the/2/det office/NN/office/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("OHCHR", actorAt(doc, m, "The office", 0), "the office, not the agency named since");
  }

  @Test
  void anAgencySpokeswomanIsOfTheLatestBodyNamedAnAgency() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det IOM/NNP/iom/3/nsubj counted/VBD/count/0/root ./././3/punct")
        .sentence("An/DT/a/3/det agency/NN/agency/3/compound spokeswoman/NN/spokeswoman/4/nsubj said/VBD/say/0/root"
            + " so/RB/so/4/advmod ./././4/punct")
        .sentence("An/DT/a/2/det agency/NN/agency/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("IOM", actorAt(doc, m, "An agency", 0));
    assertNull(actorAt(doc, m, "An agency", 1), "an agency that is no one's spokesperson is any agency");
  }

  @Test
  void theParamilitaryGroupIsTheLatestArmedGroupNamed() {
    AnnotatedText doc = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj spoke/VBD/speak/0/root ./././2/punct")
        .sentence("The/DT/the/3/det paramilitary/JJ/paramilitary/3/amod group/NN/group/4/nsubj said/VBD/say/0/root"
            + " so/RB/so/4/advmod ./././4/punct")
        .build();
    assertEquals("HAMAS", actorAt(doc, find(doc), "The paramilitary group", 0));
  }

  @Test
  void theArmyOfASceneSetByAStateIsThatStates() {
    AnnotatedText doc = HandText.create()
        .sentence("In/IN/in/2/case Sudan/NNP/sudan/6/obl ,/,/,/2/punct the/DT/the/5/det army/NN/army/6/nsubj"
            + " advanced/VBD/advance/0/root ./././6/punct")
        .build();
    assertEquals("sdn-armed-forces", actorAt(doc, find(doc), "the army", 0));
  }

  @Test
  void theSoldiersAreNotTheLatestArmyNamed() {
    AnnotatedText doc = HandText.create()
        .sentence("Russian/JJ/russian/2/amod forces/NNS/force/3/nsubj advanced/VBD/advance/0/root ./././3/punct")
        .sentence("The/DT/the/2/det soldiers/NNS/soldier/3/nsubj retreated/VBD/retreat/0/root ./././3/punct")
        .sentence("The/DT/the/2/det army/NN/army/3/nsubj retreated/VBD/retreat/0/root ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertNull(actorAt(doc, m, "The soldiers", 0));
    assertEquals("rus-armed-forces", actorAt(doc, m, "The army", 0));
  }

  @Test
  void aStateNamedElsewhereInTheSentenceDoesNotOwnTheArmy() {
    AnnotatedText doc = HandText.create()
        .sentence("Israel/NNP/israel/2/nsubj warned/VBD/warn/0/root and/CC/and/6/cc the/DT/the/5/det"
            + " army/NN/army/6/nsubj advanced/VBD/advance/2/conj ./././2/punct")
        .build();
    assertNull(actorAt(doc, find(doc), "the army", 0));
  }

  @Test
  void aRoleNounWithItsOwnOfPhraseIsLeftAlone() {
    AnnotatedText doc = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj spoke/VBD/speak/0/root ./././2/punct")
        .sentence("The/DT/the/2/det group/NN/group/5/nsubj of/IN/of/4/case experts/NNS/expert/2/nmod"
            + " said/VBD/say/0/root ./././5/punct")
        .build();
    assertNull(actorAt(doc, find(doc), "The group", 0));
  }

  /** Knows places no catalog names: Gaza and Gaza City (in Palestine). */
  private final ActorFinder withGazetteer = new ActorFinder(Catalog.load(),
      name -> name.equalsIgnoreCase("Gaza") || name.equalsIgnoreCase("Gaza City"),
      name -> name.equalsIgnoreCase("Gaza") || name.equalsIgnoreCase("Gaza City") ? "PSE" : null);

  @Test
  void theAirForceOfAStoryFromKyivIsUkrainesThoughRussianForcesOpenTheSentence() {
    AnnotatedText doc = HandText.create()
        .sentence("KYIV/NNP/kyiv/16/dep ,/,/,/1/punct August/NNP/august/1/appos 12/CD/12/3/nummod -/:/-/1/punct"
            + " Russian/JJ/russian/7/amod forces/NNS/force/8/nsubj launched/VBD/launch/16/ccomp drones/NNS/drone/8/obj"
            + " at/IN/at/11/case Ukraine/NNP/ukraine/8/obl ,/,/,/16/punct the/DT/the/15/det air/NN/air/15/compound"
            + " force/NN/force/16/nsubj said/VBD/say/0/root ./././16/punct")
        .sentence("The/DT/the/2/det army/NN/army/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("rus-armed-forces", actorAt(doc, m, "Russian forces", 0));
    assertEquals("ukr-armed-forces", actorAt(doc, m, "the air force", 0),
        "a body that reports on itself says 'its forces'; the dateline's state is a party");
    assertEquals("ukr-armed-forces", actorAt(doc, m, "The army", 0), "the air force just named, across sentences");
  }

  /** "SEOUL, August 12 - Missiles were tested in Iran, the defence ministry said." */
  private static final String SEOUL_IRAN = "SEOUL/NNP/seoul/15/dep ,/,/,/1/punct August/NNP/august/1/appos"
      + " 12/CD/12/3/nummod -/:/-/1/punct Missiles/NNS/missile/8/nsubj:pass were/VBD/be/8/aux:pass"
      + " tested/VBN/test/15/ccomp in/IN/in/10/case Iran/NNP/iran/8/obl ,/,/,/15/punct the/DT/the/14/det"
      + " defence/NN/defence/14/compound ministry/NN/ministry/15/nsubj said/VBD/say/0/root ./././15/punct";

  @Test
  void theDefenceMinistryIsTheDatelineStatesUnlessTheLeadSetsTheStoryInAnotherState() {
    AnnotatedText taipei = HandText.create()
        .sentence("TAIPEI/NNP/taipei/13/dep ,/,/,/1/punct August/NNP/august/1/appos 12/CD/12/3/nummod -/:/-/1/punct"
            + " Taiwan/NNP/taiwan/7/nsubj detected/VBD/detect/13/ccomp aircraft/NNS/aircraft/7/obj ,/,/,/13/punct"
            + " the/DT/the/12/det defence/NN/defence/12/compound ministry/NN/ministry/13/nsubj said/VBD/say/0/root"
            + " ./././13/punct")
        .build();
    assertEquals("twn-defence-ministry", actorAt(taipei, find(taipei), "the defence ministry", 0));

    AnnotatedText kyiv = HandText.create()
        .sentence("KYIV/NNP/kyiv/14/dep ,/,/,/1/punct August/NNP/august/1/appos 12/CD/12/3/nummod -/:/-/1/punct"
            + " Russia/NNP/russia/8/nsubj has/VBZ/have/8/aux lost/VBN/lose/14/ccomp troops/NNS/troop/8/obj"
            + " ,/,/,/14/punct the/DT/the/13/det general/JJ/general/13/amod staff/NN/staff/14/nsubj"
            + " said/VBD/say/0/root ./././14/punct")
        .build();
    assertEquals("ukr-armed-forces", actorAt(kyiv, find(kyiv), "the general staff", 0),
        "a lead that names only the other side as the one who acts places the story nowhere else");

    AnnotatedText seoul = HandText.create()
        .sentence(SEOUL_IRAN)
        .build();
    assertEquals("irn-defence-ministry", actorAt(seoul, find(seoul), "the defence ministry", 0),
        "a story from a bureau in Seoul that names only Iran is Iran's");

    AnnotatedText seoulAgain = HandText.create()
        .sentence(SEOUL_IRAN)
        .sentence("South/NNP/south/2/compound Korea/NNP/korea/3/nsubj protested/VBD/protest/0/root ./././3/punct")
        .build();
    assertNull(actorAt(seoulAgain, find(seoulAgain), "the defence ministry", 0),
        "a story from Seoul set in Iran that names South Korea again quotes Iran's ministry as often as its own");
  }

  @Test
  void theJuntaOfAStoryFromABureauAbroadIsTheGovernmentOfTheOneStateItsLeadNames() {
    AnnotatedText dakar = HandText.create()
        .sentence("DAKAR/NNP/dakar/7/dep ,/,/,/1/punct August/NNP/august/1/appos 12/CD/12/3/nummod -/:/-/1/punct"
            + " Gunmen/NNS/gunman/7/nsubj attacked/VBD/attack/0/root Mali/NNP/mali/10/nmod:poss 's/POS/'s/8/case"
            + " capital/NN/capital/7/obj ./././7/punct")
        .sentence("The/DT/the/2/det junta/NN/junta/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    assertEquals("mli-government", actorAt(dakar, find(dakar), "The junta", 0));

    AnnotatedText regime = HandText.create()
        .sentence("DAKAR/NNP/dakar/7/dep ,/,/,/1/punct August/NNP/august/1/appos 12/CD/12/3/nummod -/:/-/1/punct"
            + " Gunmen/NNS/gunman/7/nsubj attacked/VBD/attack/0/root Mali/NNP/mali/10/nmod:poss 's/POS/'s/8/case"
            + " capital/NN/capital/7/obj ./././7/punct")
        .sentence("The/DT/the/2/det regime/NN/regime/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    assertNull(actorAt(regime, find(regime), "The regime", 0), "a word a story uses of the other side");
  }

  /** "CAIRO, August 12 - Israeli strikes killed 30 people in Gaza, the health ministry said." */
  private static final String CAIRO_GAZA = "CAIRO/NNP/cairo/17/dep ,/,/,/1/punct August/NNP/august/1/appos"
      + " 12/CD/12/3/nummod -/:/-/1/punct Israeli/JJ/israeli/7/amod strikes/NNS/strike/8/nsubj"
      + " killed/VBD/kill/17/ccomp 30/CD/30/10/nummod people/NNS/person/8/obj in/IN/in/12/case"
      + " Gaza/NNP/gaza/8/obl/LOCATION ,/,/,/17/punct the/DT/the/16/det health/NN/health/16/compound"
      + " ministry/NN/ministry/17/nsubj said/VBD/say/0/root ./././17/punct";

  @Test
  void aStoryFromElsewhereGivesItsHomeBodiesToTheStateItsLeadPlacesItIn() {
    AnnotatedText doc = HandText.create()
        .sentence(CAIRO_GAZA)
        .sentence("The/DT/the/2/det military/NN/military/3/nsubj said/VBD/say/0/root so/RB/so/3/advmod ./././3/punct")
        .build();
    ActorMentions m = withGazetteer.find(doc, LocalDate.of(2025, 8, 12));
    assertEquals("pse-health-ministry", actorAt(doc, m, "the health ministry", 0), "Gaza's, not Egypt's");
    assertNull(actorAt(doc, m, "The military", 0), "Egypt is no party to the story");

    AnnotatedText gaza = HandText.create()
        .sentence("GAZA/NNP/gaza/17/dep CITY/NNP/city/1/flat ,/,/,/1/punct August/NNP/august/1/appos"
            + " 12/CD/12/4/nummod -/:/-/1/punct Israeli/JJ/israeli/8/amod strikes/NNS/strike/9/nsubj"
            + " killed/VBD/kill/17/ccomp 30/CD/30/11/nummod people/NNS/person/9/obj in/IN/in/13/case"
            + " Gaza/NNP/gaza/9/obl/LOCATION ,/,/,/17/punct the/DT/the/16/det military/NN/military/17/nsubj"
            + " said/VBD/say/0/root ./././17/punct")
        .build();
    assertNull(actorAt(gaza, withGazetteer.find(gaza, LocalDate.of(2025, 8, 12)), "the military", 0),
        "Gaza is a party to its own story, but has no armed forces of its own");
  }
}
