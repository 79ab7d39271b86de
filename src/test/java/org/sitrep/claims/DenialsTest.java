package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.nlp.Sentence;
import org.sitrep.record.Claim;
import org.sitrep.time.TimeExpression;

class DenialsTest {
  private static final String TOLD = "A/DT/a/2/det drone/NN/drone/3/nsubj killed/VBN/kill/13/advcl 12/CD/12/5/nummod"
      + " people/NNS/person/3/obj in/IN/in/7/case Izium/NNP/izium/3/obl/LOCATION on/IN/on/9/case"
      + " Tuesday/NNP/tuesday/3/obl ,/,/,/13/punct the/DT/the/12/det governor/NN/governor/13/nsubj"
      + " said/VBD/say/0/root ./././13/punct";

  @Test
  void noCiviliansKilledIsAZeroOfTheIncidentToldBeforeByItsOwnTeller() {
    AnnotatedText doc = HandText.create().sentence(TOLD).sentence(
        "The/DT/the/2/det ministry/NN/ministry/3/nsubj said/VBD/say/0/root no/DT/no/5/det"
            + " civilians/NNS/civilian/7/nsubj:pass were/VBD/be/7/aux:pass killed/VBN/kill/3/ccomp ./././3/punct").build();
    int at = doc.text().indexOf("Tuesday");
    TimeExpression tuesday = new TimeExpression("Tuesday", at, at + 7, "DATE", "2026-05-19");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "12", 12, 12, "exact")), ActorMentions.none(),
        List.of(tuesday), List.of(), List.of());

    assertEquals(2, claims.size(), () -> "claims: " + claims);
    Claim zero = claims.get(1);
    assertEquals(ClaimFinder.DENIAL, zero.finder());
    assertEquals("no", zero.quantity().text());
    assertEquals(0.0, zero.low());
    assertEquals(0.0, zero.high());
    assertEquals("killed", zero.measure());
    assertEquals("civilians", zero.subject().text());
    assertEquals("incident", zero.kind());
    assertEquals("2026-05-19", zero.time().value());
    assertEquals("The ministry", zero.source().text());
  }

  @Test
  void nobodyNoOneAndNoCasualtiesAreZerosOfTheirHarm() {
    AnnotatedText doc = HandText.create()
        .sentence("Nobody/NN/nobody/3/nsubj:pass was/VBD/be/3/aux:pass killed/VBN/kill/7/ccomp ,/,/,/7/punct"
            + " the/DT/the/6/det ministry/NN/ministry/7/nsubj said/VBD/say/0/root ./././7/punct")
        .sentence("No/DT/no/2/det one/NN/one/4/nsubj:pass was/VBD/be/4/aux:pass hurt/VBN/hurt/7/ccomp ,/,/,/7/punct"
            + " police/NN/police/7/nsubj said/VBD/say/0/root ./././7/punct")
        .sentence("There/EX/there/2/expl were/VBD/be/8/ccomp no/DT/no/4/det casualties/NNS/casualty/2/nsubj"
            + " ,/,/,/8/punct the/DT/the/7/det mayor/NN/mayor/8/nsubj said/VBD/say/0/root ./././8/punct")
        .sentence("None/NN/none/6/nsubj:pass of/IN/of/4/case those/DT/those/4/det doctors/NNS/doctor/1/nmod"
            + " were/VBD/be/6/aux:pass killed/VBN/kill/0/root ./././6/punct")
        .build();

    List<String> found = denials(doc);

    assertEquals(List.of("Nobody killed -", "No one wounded -", "no casualties casualties", "None killed doctors"), found);
  }

  @Test
  void denialsOnlyOfHarmsThatHappenedAndAnyOnlyWhereDenied() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det army/NN/army/3/nsubj denied/VBD/deny/0/root that/IN/that/7/mark any/DT/any/6/det"
            + " soldiers/NNS/soldier/7/nsubj died/VBD/die/3/ccomp ./././3/punct")
        .sentence("The/DT/the/2/det plan/NN/plan/4/nsubj would/MD/would/4/aux ensure/VB/ensure/0/root"
            + " that/IN/that/9/mark no/DT/no/7/det civilians/NNS/civilian/9/nsubj:pass are/VBP/be/9/aux:pass"
            + " killed/VBN/kill/4/ccomp ./././4/punct")
        .sentence("The/DT/the/2/det army/NN/army/3/nsubj said/VBD/say/0/root that/IN/that/7/mark any/DT/any/6/det"
            + " soldiers/NNS/soldier/7/nsubj died/VBD/die/3/ccomp ./././3/punct")
        .sentence("If/IN/if/5/mark no/DT/no/3/det one/NN/one/5/nsubj:pass was/VBD/be/5/aux:pass hurt/VBN/hurt/8/advcl"
            + " ,/,/,/8/punct it/PRP/it/8/nsubj ended/VBD/end/0/root ./././8/punct")
        .sentence("Hezbollah/NNP/hezbollah/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod confirm/VB/confirm/0/root"
            + " any/DT/any/6/det deaths/NNS/death/4/obj ./././4/punct")
        .build();

    List<Sentence> s = doc.sentences();

    assertEquals(List.of("any killed soldiers"), Denials.of(s.get(0), doc.text()).stream().map(d -> words(doc, s.get(0), d)).toList());
    assertTrue(Denials.of(s.get(1), doc.text()).isEmpty(), "a plan's wish is no denial");
    assertTrue(Denials.of(s.get(2), doc.text()).isEmpty(), "'any' without a denial says nothing of zero");
    assertTrue(Denials.of(s.get(3), doc.text()).isEmpty(), "a condition is no denial");
    assertTrue(Denials.of(s.get(4), doc.text()).isEmpty(), "a figure withheld is no denial");
  }

  @Test
  void harmsJoinedToADeniedOneAreDeniedWithIt() {
    AnnotatedText doc = HandText.create()
        .sentence("The/DT/the/2/det foundation/NN/foundation/3/nsubj said/VBD/say/0/root no/DT/no/5/det"
            + " injuries/NNS/injury/8/nsubj or/CC/or/7/cc deaths/NNS/death/5/conj occurred/VBD/occur/3/ccomp"
            + " ./././3/punct")
        .sentence("Police/NNS/police/2/nsubj said/VBD/say/0/root no/DT/no/4/det officers/NNS/officer/6/nsubj:pass"
            + " were/VBD/be/6/aux:pass killed/VBN/kill/2/ccomp or/CC/or/8/cc wounded/VBN/wound/6/conj ./././2/punct")
        .build();

    List<String> found = denials(doc);

    assertEquals(List.of("no wounded injuries", "no killed deaths", "no killed officers", "no wounded officers"), found);
  }

  @Test
  void aDenialJoinedToADatedAttackIsOfThatAttacksDay() {
    AnnotatedText doc = HandText.create().sentence(
        "The/DT/the/2/det army/NN/army/3/nsubj said/VBD/say/0/root its/PRP$/its/5/nmod:poss jets/NNS/jet/6/nsubj"
            + " struck/VBD/strike/3/ccomp a/DT/a/8/det site/NN/site/6/obj on/IN/on/10/case Thursday/NNP/thursday/6/obl"
            + " ,/,/,/13/punct and/CC/and/13/cc denied/VBD/deny/3/conj that/IN/that/18/mark any/DT/any/16/det"
            + " civilians/NNS/civilian/18/nsubj:pass were/VBD/be/18/aux:pass killed/VBN/kill/13/ccomp ./././3/punct").build();
    int at = doc.text().indexOf("Thursday");
    TimeExpression thursday = new TimeExpression("Thursday", at, at + 8, "DATE", "2026-09-17");

    List<Claim> claims = new ClaimFinder().find(doc, List.of(), ActorMentions.none(), List.of(thursday), List.of(),
        List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("2026-09-17", claims.get(0).time().value());
  }

  /** Every denial of the text, as its words, measure and counted noun. */
  private static List<String> denials(AnnotatedText doc) {
    return doc.sentences().stream().flatMap(s -> Denials.of(s, doc.text()).stream().map(d -> words(doc, s, d))).toList();
  }

  private static String words(AnnotatedText doc, Sentence s, Denials.Denial d) {
    return doc.text().substring(s.token(d.first()).start(), s.token(d.last()).end()) + " " + d.measure() + " "
        + (d.noun() < 0 ? "-" : s.token(d.noun()).word());
  }
}
