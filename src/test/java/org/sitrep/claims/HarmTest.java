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
  }

  private static Claim only(AnnotatedText doc, String number, double value) {
    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, number, value, value, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());
    assertEquals(1, claims.size(), () -> "claims: " + claims);
    return claims.get(0);
  }
}
