package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
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

  private static Claim only(AnnotatedText doc, String number, double value) {
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, number, value, value, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }
}
