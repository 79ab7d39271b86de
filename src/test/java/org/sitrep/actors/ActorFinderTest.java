package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Actor;

class ActorFinderTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private final ActorFinder finder = new ActorFinder(Catalog.load());

  private ActorMentions find(AnnotatedText doc) {
    return finder.find(doc, DATE);
  }

  private static String actorAt(AnnotatedText doc, ActorMentions m, String words) {
    int at = doc.text().indexOf(words);
    return m.actorIn(at, at + words.length());
  }

  @Test
  void countriesByNameDemonymAndCapital() {
    AnnotatedText doc = HandText.create().sentence(
        "Pyongyang/NNP/pyongyang/3/nsubj sent/VBD/send/0/root North/JJ/north/4/amod Korean/JJ/korean/5/amod"
            + " engineers/NNS/engineer/2/obj to/TO/to/7/case Russia/NNP/russia/2/obl ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("PRK", actorAt(doc, m, "Pyongyang"));
    assertEquals("PRK", actorAt(doc, m, "North Korean"));
    assertEquals("RUS", actorAt(doc, m, "Russia"));
  }

  @Test
  void aBodyWithItsStateAfterIt() {
    AnnotatedText inCapital = HandText.create().sentence(
        "The/DT/the/3/det defence/NN/defence/3/compound ministry/NN/ministry/6/nsubj in/IN/in/5/case"
            + " Moscow/NNP/moscow/3/nmod said/VBD/say/0/root ./././6/punct").build();
    AnnotatedText ofState = HandText.create().sentence(
        "The/DT/the/2/det Ministry/NNP/ministry/6/nsubj of/IN/of/4/case Defence/NNP/defence/2/nmod"
            + " of/IN/of/6/case Russia/NNP/russia/2/nmod said/VBD/say/0/root ./././7/punct").build();
    AnnotatedText inState = HandText.create().sentence(
        "The/DT/the/2/det army/NN/army/5/nsubj in/IN/in/4/case Ukraine/NNP/ukraine/2/nmod"
            + " advanced/VBD/advance/0/root ./././5/punct").build();

    assertEquals("rus-defence-ministry", actorAt(inCapital, find(inCapital), "defence ministry in Moscow"));
    assertEquals("rus-defence-ministry", actorAt(ofState, find(ofState), "Ministry of Defence of Russia"));
    assertEquals("UKR", actorAt(inState, find(inState), "Ukraine"), "a state named after 'in' is where, not whose");
    AnnotatedText embassy = HandText.create().sentence(
        "The/DT/the/2/det embassy/NN/embassy/5/nsubj in/IN/in/4/case Nairobi/NNP/nairobi/2/nmod"
            + " closed/VBD/close/0/root ./././5/punct").build();
    assertEquals("KEN", actorAt(embassy, find(embassy), "Nairobi"), "an embassy in a capital is another state's");
  }

  @Test
  void aDemonymOfTwoStatesIsTheOneTheStoryNamedElseTheLargerOne() {
    AnnotatedText brazzaville = HandText.create()
        .sentence("Voters/NNS/voter/2/nsubj queued/VBD/queue/0/root in/IN/in/4/case Brazzaville/NNP/brazzaville/2/obl"
            + " ./././2/punct")
        .sentence("The/DT/the/3/det Congolese/JJ/congolese/3/amod government/NN/government/4/nsubj"
            + " spoke/VBD/speak/0/root ./././4/punct").build();
    AnnotatedText alone = HandText.create().sentence(
        "The/DT/the/3/det Congolese/JJ/congolese/3/amod government/NN/government/4/nsubj"
            + " spoke/VBD/speak/0/root ./././4/punct").build();

    assertEquals("cog-government", actorAt(brazzaville, find(brazzaville), "Congolese government"));
    assertEquals("cod-government", actorAt(alone, find(alone), "Congolese government"));
  }

  @Test
  void aCountryWordOpeningAHospitalsNameNamesNoState() {
    AnnotatedText named = HandText.create().sentence(
        "Doctors/NNS/doctor/5/nsubj at/IN/at/5/case the/DT/the/5/det Indonesian/NNP/indonesian/5/compound"
            + " Hospital/NNP/hospital/6/obl spoke/VBD/speak/0/root ./././6/punct").build();
    AnnotatedText field = HandText.create().sentence(
        "The/DT/the/4/det Jordanian/NNP/jordanian/4/compound Field/NNP/field/4/compound Hospital/NNP/hospital/5/nsubj"
            + " closed/VBD/close/0/root ./././5/punct").build();
    AnnotatedText common = HandText.create().sentence(
        "Doctors/NNS/doctor/5/nsubj at/IN/at/5/case a/DT/a/5/det Saudi/JJ/saudi/5/amod"
            + " hospital/NN/hospital/6/obl spoke/VBD/speak/0/root ./././6/punct").build();

    assertEquals(null, actorAt(named, find(named), "Indonesian"));
    assertEquals(null, actorAt(field, find(field), "Jordanian"));
    assertEquals("SAU", actorAt(common, find(common), "Saudi"));
  }

  @Test
  void aBareSurnameIsThePersonNamedBeforeByThatSurname() {
    AnnotatedText doc = HandText.create()
        .sentence("Mahmoud/NNP/mahmoud/2/compound/PERSON Basal/NNP/basal/3/nsubj/PERSON spoke/VBD/speak/0/root ./././3/punct")
        .sentence("Basal/JJ/basal/2/nsubj said/VBD/say/0/root so/RB/so/2/advmod ./././2/punct").build();
    AnnotatedText two = HandText.create()
        .sentence("Mahmoud/NNP/mahmoud/2/compound/PERSON Basal/NNP/basal/5/nsubj/PERSON and/CC/and/4/cc"
            + " Ali/NNP/ali/5/compound/PERSON Basal/NNP/basal/2/conj/PERSON spoke/VBD/speak/0/root ./././6/punct")
        .sentence("Basal/JJ/basal/2/nsubj said/VBD/say/0/root so/RB/so/2/advmod ./././2/punct").build();
    int at = doc.text().lastIndexOf("Basal");
    int again = two.text().lastIndexOf("Basal");

    assertEquals("mahmoud-basal", find(doc).personBySurname("Basal", at));
    assertEquals(null, find(two).personBySurname("Basal", again), "two people of that name");
    assertEquals(null, find(doc).personBySurname("Basal", 0), "named only after");
  }

  @Test
  void bodyOfACountryFromItsCapital() {
    AnnotatedText doc = HandText.create().sentence(
        "Seoul/NNP/seoul/3/nmod:poss 's/POS/'s/1/case foreign/JJ/foreign/4/amod ministry/NN/ministry/5/nsubj"
            + " objected/VBD/object/0/root ./././5/punct").build();
    ActorMentions m = find(doc);
    assertEquals("kor-foreign-ministry", actorAt(doc, m, "foreign ministry"));
    assertEquals("KOR", m.stateOf("kor-foreign-ministry"));
  }

  @Test
  void aCountrysMilitaryIntelligenceIsNotItsIntelligenceService() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/5/nmod:poss 's/POS/'s/1/case military/JJ/military/5/amod intelligence/NN/intelligence/5/compound"
            + " agency/NN/agency/6/nsubj spoke/VBD/speak/0/root ./././6/punct").build();
    ActorMentions m = find(doc);
    assertEquals("ukr-gur", actorAt(doc, m, "military intelligence agency"));
  }

  @Test
  void aJuntaIsItsCountrysGovernment() {
    AnnotatedText doc = HandText.create().sentence(
        "Myanmar/NNP/myanmar/3/nmod:poss 's/POS/'s/1/case junta/NN/junta/4/nsubj spoke/VBD/speak/0/root ./././4/punct").build();
    assertEquals("mmr-government", actorAt(doc, find(doc), "Myanmar's junta"));
  }

  @Test
  void ethnicGroupsAreNotTheStateOfTheirName() {
    AnnotatedText doc = HandText.create().sentence(
        "Ethnic/JJ/ethnic/2/amod Greeks/NNPS/greek/6/nsubj and/CC/and/5/cc Iraqi/JJ/iraqi/5/amod"
            + " Kurds/NNPS/kurd/2/conj marched/VBD/march/0/root ./././6/punct").build();
    ActorMentions m = find(doc);
    assertNull(actorAt(doc, m, "Greeks"));
    assertEquals("IRQ", actorAt(doc, m, "Iraqi Kurds"));
  }

  @Test
  void aSurnameSharedByPeopleOfOneSideStandsForThatSide() {
    AnnotatedText doc = HandText.create().sentence(
        "President/NNP/president/2/compound Bush/NNP/bush/3/nsubj/PERSON spoke/VBD/speak/0/root ./././3/punct").build();
    ActorMentions m = find(doc);
    String id = actorAt(doc, m, "Bush");
    assertEquals("USA", id == null ? null : m.actor(id).country());
  }

  @Test
  void laterSurnameIsThePersonNamedEarlier() {
    AnnotatedText doc = HandText.create()
        .sentence("Kim/NNP/kim/3/compound/PERSON Jong/NNP/jong/3/compound/PERSON Un/NNP/un/4/nsubj/PERSON"
            + " spoke/VBD/speak/0/root ./././4/punct")
        .sentence("Kim/NNP/kim/2/nsubj/PERSON smiled/VBD/smile/0/root ./././2/punct").build();
    ActorMentions m = find(doc);
    int second = doc.text().lastIndexOf("Kim");
    assertEquals("kim-jong-un", m.actorIn(second, second + 3));
  }

  @Test
  void titleWithoutANameIsTheOfficeHolderOnTheDate() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/4/det South/JJ/south/4/amod Korean/JJ/korean/4/amod president/NN/president/5/nsubj"
            + " spoke/VBD/speak/0/root ./././5/punct").build();
    ActorMentions m = find(doc);
    Actor president = m.actor(actorAt(doc, m, "president"));
    assertEquals("person", president.kind());
    assertEquals("KOR", president.country());
    assertEquals("lee-jae-myung", president.id());
  }

  @Test
  void hisCountryIsTheCountryOfThePersonNamedBefore() {
    AnnotatedText doc = HandText.create().sentence(
        "Kim/NNP/kim/3/compound/PERSON Jong/NNP/jong/3/compound/PERSON Un/NNP/un/4/nsubj/PERSON"
            + " said/VBD/say/0/root his/PRP$/he/6/nmod:poss country/NN/country/7/nsubj acted/VBD/act/4/ccomp"
            + " ./././4/punct").build();
    ActorMentions m = find(doc);
    assertEquals("PRK", actorAt(doc, m, "his country"));
  }

  @Test
  void aBodyNamedThroughAPossessivePronounIsThatBodyOfTheStateReferredTo() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj said/VBD/say/0/root its/PRP$/its/4/nmod:poss troops/NNS/troop/5/nsubj"
            + " advanced/VBD/advance/2/ccomp ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("ukr-armed-forces", actorAt(doc, m, "its troops"));
    assertEquals("UKR", m.stateOf("ukr-armed-forces"));
    assertEquals(ActorFinder.POSSESSIVE_BODY, m.within(doc.text().indexOf("its"), doc.text().indexOf("its") + 3)
        .get(0).finder());
  }

  @Test
  void theIslandsMinistryIsThatOfTheStateNamedLast() {
    AnnotatedText doc = HandText.create().sentence(
        "China/NNP/china/2/nsubj sent/VBD/send/0/root ships/NNS/ship/2/obj around/IN/around/5/case"
            + " Taiwan/NNP/taiwan/2/obl ,/,/,/2/punct the/DT/the/8/det island/NN/island/11/nmod:poss 's/POS/'s/8/case"
            + " defence/NN/defence/11/compound ministry/NN/ministry/12/nsubj said/VBD/say/2/parataxis ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("twn-defence-ministry", actorAt(doc, m, "the island's defence ministry"));
  }

  @Test
  void anArmedGroupsForcesAreTheGroupItself() {
    AnnotatedText doc = HandText.create().sentence(
        "Hezbollah/NNP/hezbollah/2/nsubj said/VBD/say/0/root its/PRP$/its/4/nmod:poss forces/NNS/force/5/nsubj"
            + " withdrew/VBD/withdraw/2/ccomp ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("HEZBOLLAH", actorAt(doc, m, "its forces"));
    assertNull(m.actor("lbn-armed-forces"));
  }

  @Test
  void aPlaceTheNerTookForAPersonIsNoActor() {
    ActorFinder knowsElObeid = new ActorFinder(Catalog.load(), name -> name.equals("El Obeid") || name.equals("Florence"));
    AnnotatedText fled = HandText.create().sentence(
        "Families/NNS/family/2/nsubj fled/VBD/flee/0/root towards/IN/towards/5/case El/NNP/el/5/compound/PERSON"
            + " Obeid/NNP/obeid/2/obl/PERSON ./././2/punct").build();
    AnnotatedText spoke = HandText.create().sentence(
        "Florence/NNP/florence/2/nsubj/PERSON spoke/VBD/speak/0/root ./././2/punct").build();

    assertNull(actorAt(fled, knowsElObeid.find(fled, DATE), "El Obeid"));
    assertEquals("florence", actorAt(spoke, knowsElObeid.find(spoke, DATE), "Florence"));
  }

  @Test
  void aNameAPlaceNounGivesIsNoActorEvenUnknownToTheGazetteer() {
    AnnotatedText doc = HandText.create().sentence(
        "Shells/NNS/shell/2/nsubj hit/VBD/hit/0/root the/DT/the/4/det town/NN/town/2/obj of/IN/of/6/case"
            + " Sake/NNP/sake/4/nmod/PERSON ./././2/punct").build();

    assertNull(actorAt(doc, find(doc), "Sake"));
    AnnotatedText resident = HandText.create().sentence(
        "A/DT/a/2/det resident/NN/resident/5/nsubj of/IN/of/4/case Djibo/NNP/djibo/2/nmod/PERSON said/VBD/say/0/root"
            + " so/RB/so/5/advmod ./././5/punct").build();
    assertNull(actorAt(resident, find(resident), "Djibo"), "a resident's town");
  }

  @Test
  void aCountryOpeningAnOrganisationsNameIsTheOrganisationsUnlessItIsAStateBody() {
    AnnotatedText network = HandText.create().sentence(
        "The/DT/the/4/det Sudan/NNP/sudan/4/compound/ORGANIZATION Doctors/NNS/doctor/4/compound/ORGANIZATION"
            + " Network/NNP/network/5/nsubj/ORGANIZATION said/VBD/say/0/root ./././5/punct").build();
    AnnotatedText force = HandText.create().sentence(
        "The/DT/the/4/det Mali/NNP/mali/4/compound/ORGANIZATION Customs/NNP/customs/4/compound/ORGANIZATION"
            + " Service/NNP/service/5/nsubj/ORGANIZATION said/VBD/say/0/root ./././5/punct").build();

    assertEquals("sudan-doctors-network", actorAt(network, find(network), "Sudan Doctors Network"));
    assertFalse(find(network).actors().stream().anyMatch(a -> a.id().equals("SDN")), "the state is not named");
    assertEquals("SDN", find(network).actor("sudan-doctors-network").country(), "the organisation is Sudanese");
    assertEquals("MLI", actorAt(force, find(force), "Mali"), "a state body's name names its state");
  }

  @Test
  void namesTheNerTookForOrganisationsThatArePlacesAreNoActors() {
    ActorFinder knowsElFasher = new ActorFinder(Catalog.load(), name -> name.equals("El Fasher"));
    AnnotatedText city = HandText.create().sentence(
        "Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root El/NNP/el/4/compound/ORGANIZATION"
            + " Fasher/NNP/fasher/2/obj/ORGANIZATION ./././2/punct").build();
    AnnotatedText camp = HandText.create().sentence(
        "Drones/NNS/drone/2/nsubj hit/VBD/hit/0/root the/DT/the/6/det Abu/NNP/abu/5/compound/ORGANIZATION"
            + " Shouk/NNP/shouk/6/compound/ORGANIZATION camp/NN/camp/2/obj ./././2/punct").build();

    assertNull(actorAt(city, knowsElFasher.find(city, DATE), "El Fasher"));
    assertNull(actorAt(camp, find(camp), "Abu Shouk"));
  }

  @Test
  void aWordTheNerTookForAnOrganisationBeforeATitleIsNoActor() {
    AnnotatedText doc = HandText.create().sentence(
        "Interior/NNP/interior/2/compound/ORGANIZATION Minister/NNP/minister/4/compound Ihor/NNP/ihor/4/compound/PERSON"
            + " Klymenko/NNP/klymenko/5/nsubj/PERSON spoke/VBD/speak/0/root ./././5/punct").build();
    ActorMentions m = find(doc);

    assertNull(actorAt(doc, m, "Interior"));
    assertEquals("ihor-klymenko", actorAt(doc, m, "Ihor Klymenko"));

    AnnotatedText acronym = HandText.create().sentence(
        "ABC/NNP/abc/2/compound/ORGANIZATION Director/NNP/director/4/compound Ann/NNP/ann/4/compound/PERSON"
            + " Lee/NNP/lee/5/nsubj/PERSON spoke/VBD/speak/0/root ./././5/punct").build();
    assertEquals("abc", actorAt(acronym, find(acronym), "ABC"), "an acronym before a title names the body");
  }

  @Test
  void aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() {
    AnnotatedText doc = HandText.create().sentence(
        "Hazem/NNP/hazem/2/compound/PERSON Qassem/NNP/qassem/3/nsubj/PERSON spoke/VBD/speak/0/root ./././3/punct").build();
    ActorMentions m = find(doc);
    assertEquals("hazem-qassem", actorAt(doc, m, "Hazem Qassem"));
    assertNull(m.actor("naim-qassem"));
  }

  @Test
  void aSurnameThatIsAlsoAWordNamesNobodyUntilThePersonIsNamed() {
    AnnotatedText word = HandText.create().sentence(
        "No/DT/no/2/det civilians/NNS/civilian/4/nsubj:pass were/VBD/be/4/aux:pass killed/VBN/kill/0/root"
            + " ./././4/punct").build();
    AnnotatedText person = HandText.create().sentence(
        "No/NNP/no/2/nsubj/PERSON spoke/VBD/speak/0/root ./././2/punct").build();

    assertNull(actorAt(word, find(word), "No"));
    assertEquals("no-kwang-chol", actorAt(person, find(person), "No"));
  }

  @Test
  void aKnownFamilyNameBeforeAnotherGivenNameIsAnotherPerson() {
    AnnotatedText doc = HandText.create().sentence(
        "Lee/NNP/lee/2/compound/PERSON Seong-kweun/NNP/seong-kweun/3/nsubj/PERSON spoke/VBD/speak/0/root"
            + " ./././3/punct").build();
    ActorMentions m = find(doc);
    assertEquals("lee-seong-kweun", actorAt(doc, m, "Lee Seong-kweun"));
    assertNull(m.actor("lee-ju-ho"));

    AnnotatedText later = HandText.create().sentence(
        "Lee/NNP/lee/2/compound/PERSON Seong-kweun/NNP/seong-kweun/3/nsubj/PERSON spoke/VBD/speak/0/root"
            + " ./././3/punct")
        .sentence("Lee/NNP/lee/2/nsubj/PERSON said/VBD/say/0/root so/RB/so/2/advmod ./././2/punct").build();
    ActorMentions l = find(later);
    assertEquals("lee-seong-kweun", actorAt(later, l, "Lee said"), "the Lee the article named, not the catalog's");
    assertNull(l.actor("lee-ju-ho"));
  }

  @Test
  void aPlaceThePhraseIsInDoesNotOwnIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Russian/JJ/russian/2/amod troops/NNS/troop/5/nsubj in/IN/in/4/case Ukraine/NNP/ukraine/2/nmod"
            + " advanced/VBD/advance/0/root ./././5/punct").build();
    ActorMentions m = find(doc);
    assertEquals("rus-armed-forces", actorAt(doc, m, "Russian troops in Ukraine"));
    assertEquals("UKR", actorAt(doc, m, "Ukraine"));
  }

  @Test
  void anAppositionDescribesTheNameBeforeItButNotAListOrWhomARoleSpeaksFor() {
    String isw = "The Institute for the Study of War, a U.S. think tank";
    String list = "The New York Times, the Arizona Republic and the Cincinnati Enquirer";
    String spokesman = "Derek Glenn, a spokesman for the Newark police";
    String text = isw + " said so. " + list + " said so. " + spokesman + " said so.";
    ActorMentions m = ActorMentions.of(List.of(
        mention(text, "Institute for the Study of War", "ISW"), mention(text, "U.S.", "USA"),
        mention(text, "New York Times", "nyt"), mention(text, "Cincinnati Enquirer", "enquirer"),
        mention(text, "Derek Glenn", "derek-glenn"), mention(text, "Newark police", "newark-police")),
        List.of(), text);
    assertEquals("ISW", m.actorIn(text.indexOf(isw), text.indexOf(isw) + isw.length()));
    assertEquals("enquirer", m.actorIn(text.indexOf(list), text.indexOf(list) + list.length()), "a list: as before");
    assertEquals("newark-police", m.actorIn(text.indexOf(spokesman), text.indexOf(spokesman) + spokesman.length()),
        "the body a spokesman speaks for, as before");
  }

  private static ResolvedMention mention(String text, String words, String actor) {
    int at = text.indexOf(words);
    return new ResolvedMention(at, at + words.length(), words, actor, "test");
  }

  @Test
  void unknownPersonFromNerGetsASlugAndNoCountry() {
    AnnotatedText doc = HandText.create().sentence(
        "Governor/NNP/governor/3/compound Oleh/NNP/oleh/3/compound/PERSON Petrenko/NNP/petrenko/4/nsubj/PERSON"
            + " said/VBD/say/0/root ./././4/punct").build();
    ActorMentions m = find(doc);
    Actor a = m.actor(actorAt(doc, m, "Oleh Petrenko"));
    assertEquals("oleh-petrenko", a.id());
    assertEquals("person", a.kind());
    assertNull(a.country());
  }

  @Test
  void oneWordNameBeforeACommonNounIsAThingNotAPerson() {
    AnnotatedText doc = HandText.create().sentence(
        "They/PRP/they/2/nsubj fired/VBD/fire/0/root two/CD/two/5/nummod Tochka/NNP/tochka/5/compound/PERSON"
            + " rockets/NNS/rocket/2/obj ./././2/punct").build();
    ActorMentions m = find(doc);
    assertNull(actorAt(doc, m, "Tochka"));
  }

  @Test
  void everyMentionNamesItsFinder() {
    AnnotatedText doc = HandText.create().sentence(
        "Ukraine/NNP/ukraine/2/nsubj protested/VBD/protest/0/root ./././2/punct").build();
    ActorMentions m = find(doc);
    assertFalse(m.mentions().isEmpty());
    for (ResolvedMention r : m.mentions()) assertTrue(r.finder().startsWith("actors."), r.finder());
  }

  @Test
  void slugsAreAsciiLowerCaseWithHyphens() {
    assertEquals("serhiy-lysak", ActorFinder.slug("Serhiy Lysak"));
    assertEquals("francois-bayrou", ActorFinder.slug("François Bayrou"));
    assertEquals("al-shabab", ActorFinder.slug("al-Shabab"));
  }

  @Test
  void aPronounInWhatASubjectSaysIsThatSubjectNotTheNearerName() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/3/det Israeli/JJ/israeli/3/amod military/NN/military/4/nsubj said/VBD/say/0/root"
            + " it/PRP/it/6/nsubj struck/VBD/strike/4/ccomp sites/NNS/site/6/obj of/IN/of/9/case"
            + " Hamas/NNP/hamas/7/nmod and/CC/and/14/cc that/IN/that/14/mark its/PRP$/its/13/nmod:poss"
            + " troops/NNS/troop/14/nsubj killed/VBD/kill/6/conj 12/CD/12/16/nummod fighters/NNS/fighter/14/obj"
            + " ./././4/punct")
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root two/CD/two/4/nummod soldiers/NNS/soldier/5/nsubj"
            + " died/VBD/die/2/ccomp ./././2/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("isr-armed-forces", Pronouns.resolve("its", doc.text().indexOf("its troops"), m));
    assertEquals("isr-armed-forces", Pronouns.resolve("It", doc.text().indexOf("It said"), m));
    assertEquals("isr-armed-forces", actorAt(doc, m, "its troops"));
  }

  @Test
  void theNameInAppositionIsTheSubjectNotTheGroupItIsLinkedTo() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/6/det al/NNP/al/6/compound Qaeda/NNP/qaeda/5/obl -/HYPH/-/5/punct"
            + " linked/VBN/link/6/amod group/NN/group/8/nsubj JNIM/NNP/jnim/6/appos/ORGANIZATION claimed/VBD/claim/0/root"
            + " the/DT/the/10/det attack/NN/attack/8/obj ./././8/punct")
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root 60/CD/60/4/nummod soldiers/NNS/soldier/5/nsubj"
            + " died/VBD/die/2/ccomp ./././2/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("JNIM", Pronouns.resolve("It", doc.text().indexOf("It said"), m));
  }

  @Test
  void aCountryRightAfterABodysNameIsItsBranchNotItsOwner() {
    AnnotatedText doc = HandText.create().sentence(
        "Amnesty/NNP/amnesty/3/compound International/NNP/international/3/compound Kenya/NNP/kenya/4/nsubj"
            + " said/VBD/say/0/root so/RB/so/4/advmod ./././4/punct").build();
    ActorMentions m = find(doc);
    assertEquals("AMNESTY", m.actorIn(0, doc.text().indexOf(" said")));
  }

  @Test
  void itSaidGoesOnWithWhoeverSpokeInTheSentenceBefore() {
    AnnotatedText doc = HandText.create()
        .sentence("Russia/NNP/russia/2/nsubj launched/VBD/launch/0/root drones/NNS/drone/2/obj ,/,/,/2/punct"
            + " Ukraine/NNP/ukraine/8/nmod:poss 's/POS/'s/5/case air/NN/air/8/compound force/NN/force/9/nsubj"
            + " said/VBD/say/2/parataxis ./././2/punct")
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root defences/NNS/defence/4/nsubj held/VBD/hold/2/ccomp"
            + " ./././2/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("ukr-armed-forces", Pronouns.resolve("It", doc.text().indexOf("It said"), m));
  }

  @Test
  void aPronounInAnInfinitiveIsTheObjectThatControlsIt() {
    AnnotatedText doc = HandText.create().sentence(
        "Seoul/NNP/seoul/2/nsubj urged/VBD/urge/0/root North/NNP/north/4/compound Korea/NNP/korea/2/obj"
            + " to/TO/to/6/mark withdraw/VB/withdraw/2/xcomp its/PRP$/its/8/nmod:poss troops/NNS/troop/6/obj"
            + " ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("PRK", Pronouns.resolve("its", doc.text().indexOf("its troops"), m));
  }

  @Test
  void aPronounInWhatAnUnnamedSubjectSaysTakesNoEarlierName() {
    AnnotatedText doc = HandText.create()
        .sentence("Sources/NNS/source/2/nsubj told/VBD/tell/0/root Reuters/NNP/reuters/2/obj ./././2/punct")
        .sentence("The/DT/the/2/det army/NN/army/3/nsubj said/VBD/say/0/root 12/CD/12/9/nsubj of/IN/of/7/case"
            + " its/PRP$/its/7/nmod:poss men/NNS/man/4/nmod had/VBD/have/9/aux died/VBN/die/3/ccomp ./././3/punct")
        .build();
    ActorMentions m = find(doc);
    assertNull(Pronouns.resolve("its", doc.text().indexOf("its men"), m));
  }

  @Test
  void itsInWhatASpokesmanSaysIsWhoseSpokesmanHeIs() {
    AnnotatedText doc = HandText.create().sentence(
        "Hezbollah/NNP/hezbollah/3/nmod:poss 's/POS/'s/1/case spokesman/NN/spokesman/4/nsubj said/VBD/say/0/root"
            + " its/PRP$/its/6/nmod:poss fighters/NNS/fighter/7/nsubj fired/VBD/fire/4/ccomp rockets/NNS/rocket/7/obj"
            + " ./././4/punct").build();
    ActorMentions m = find(doc);
    assertEquals("HEZBOLLAH", Pronouns.resolve("its", doc.text().indexOf("its fighters"), m));
  }

  @Test
  void itsForcesInWhatTheGroupsSpokesmanSaysAreTheGroup() {
    AnnotatedText doc = HandText.create()
        .sentence("Hezbollah/NNP/hezbollah/2/nsubj fired/VBD/fire/0/root rockets/NNS/rocket/2/obj ./././2/punct")
        .sentence("The/DT/the/2/det group/NN/group/4/nmod:poss 's/POS/'s/2/case spokesman/NN/spokesman/5/nsubj"
            + " said/VBD/say/0/root its/PRP$/its/7/nmod:poss forces/NNS/force/8/nsubj withdrew/VBD/withdraw/5/ccomp"
            + " ./././5/punct")
        .build();
    ActorMentions m = find(doc);
    assertEquals("HEZBOLLAH", actorAt(doc, m, "its forces"));
  }

  @Test
  void aPronounOutsideWhatWasSaidIsTheNearestName() {
    AnnotatedText doc = HandText.create().sentence(
        "Israel/NNP/israel/2/nsubj struck/VBD/strike/0/root Hezbollah/NNP/hezbollah/2/obj after/IN/after/6/mark"
            + " it/PRP/it/6/nsubj fired/VBD/fire/2/advcl rockets/NNS/rocket/6/obj ./././2/punct").build();
    ActorMentions m = find(doc);
    assertEquals("HEZBOLLAH", Pronouns.resolve("it", doc.text().indexOf("it fired"), m));
  }

  @Test
  void theTerritorysMinistryIsOfThePlaceNamedLastNotOfTheSideNamedLast() {
    ActorFinder knowsGazaCity = new ActorFinder(Catalog.load(), name -> name.equals("Gaza City"),
        name -> name.equals("Gaza City") ? "PSE" : null);
    AnnotatedText doc = HandText.create()
        .sentence("Israeli/JJ/israeli/2/amod strikes/NNS/strike/3/nsubj killed/VBD/kill/15/ccomp 30/CD/30/5/nummod"
            + " people/NNS/person/3/obj in/IN/in/8/case Gaza/NNP/gaza/8/compound/LOCATION City/NNP/city/3/obl/LOCATION"
            + " ,/,/,/15/punct the/DT/the/11/det territory/NN/territory/14/nmod:poss 's/POS/'s/11/case"
            + " health/NN/health/14/compound ministry/NN/ministry/15/nsubj said/VBD/say/0/root ./././15/punct")
        .build();
    assertEquals("pse-health-ministry", actorAt(doc, knowsGazaCity.find(doc, DATE), "the territory's health ministry"));
  }

  @Test
  void itSaidAfterABodyNoRuleResolvedIsNoNameInsideWhatThatBodySaid() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det military/NN/military/3/nsubj said/VBD/say/0/root it/PRP/it/5/nsubj"
            + " struck/VBD/strike/3/ccomp a/DT/a/8/det Hamas/NNP/hamas/8/compound centre/NN/centre/5/obj"
            + " ./././3/punct")
        .sentence("It/PRP/it/2/nsubj said/VBD/say/0/root fighters/NNS/fighter/4/nsubj died/VBD/die/2/ccomp"
            + " ./././2/punct")
        .build();
    assertNull(Pronouns.resolve("It", doc.text().indexOf("It said"), find(doc)));

    // "headquarters", a plural form that names one body
    AnnotatedText hq = HandText.create()
        .sentence("Hamas/NNP/hamas/2/nsubj fired/VBD/fire/6/ccomp ,/,/,/6/punct the/DT/the/5/det"
            + " headquarters/NNS/headquarters/6/nsubj said/VBD/say/0/root ./././6/punct")
        .sentence("No/DT/no/2/det one/NN/one/4/nsubj:pass was/VBD/be/4/aux:pass hurt/VBN/hurt/7/ccomp ,/,/,/7/punct"
            + " it/PRP/it/7/nsubj said/VBD/say/0/root ./././7/punct")
        .build();
    assertNull(Pronouns.resolve("it", hq.text().indexOf("it said"), find(hq)));
  }
}
