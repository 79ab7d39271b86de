package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.record.Claim;

/** Who claims a figure, where the parse hides it. */
class ClaimantsTest {

  @Test
  void aTrailingReporterOfTwoConjoinedNounsIsBoth() {
    // the parser hangs "said" on the main verb with no subject, and the reporters on the number
    AnnotatedText doc = HandText.create().sentence(
        "A/DT/a/2/det strike/NN/strike/3/nsubj killed/VBD/kill/0/root 32/CD/32/5/nummod people/NNS/people/3/obj"
            + " ,/,/,/9/punct residents/NNS/resident/5/conj and/CC/and/10/cc a/DT/a/10/det group/NN/group/7/conj"
            + " said/VBD/say/3/dep ./././3/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "32", 32, 32, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals(1, claims.size(), () -> "claims: " + claims);
    assertEquals("residents and a group", claims.get(0).source().text());
  }

  @Test
  void aClaimantFoundByItsWordsEndsBeforeItsRelativeClause() {
    // the parser leaves "according to" unattached: the claimant is read from the words
    AnnotatedText doc = HandText.create().sentence(
        "About/RB/about/2/advmod 30/CD/30/3/nummod people/NNS/people/5/nsubj:pass were/VBD/be/5/aux:pass"
            + " wounded/VBN/wound/0/root ,/,/,/5/punct according/VBG/accord/5/dep to/TO/to/7/dep a/DT/a/11/det"
            + " rescue/NN/rescue/11/compound worker/NN/worker/7/dep who/WP/who/13/nsubj asked/VBD/ask/11/dep"
            + " ./././5/punct").build();

    List<Claim> claims = new ClaimFinder().find(doc, List.of(qty(doc, "30", 30, 30, "exact")),
        ActorMentions.none(), List.of(), List.of(), List.of());

    assertEquals("a rescue worker", claims.get(0).source().text());
  }
}
