package org.sitrep.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.claims.ClaimFinderTest.qty;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.HandText;
import org.sitrep.nlp.ParseRecorder;
import org.sitrep.record.Claim;

/** A figure's sentence is parsed only when a word after the number could be what it counts. */
class ClaimFinderParseTest {
  private static final AnnotatedText TEXT = HandText.create()
      .sentence("The/DT/the/2/det vote/NN/vote/3/nsubj ended/VBD/end/0/root 52/CD/52/3/obj to/TO/to/6/case"
          + " 48/CD/48/4/nmod ./././3/punct")
      .sentence("Russia/NNP/russia/2/nsubj sent/VBD/send/0/root 3,000/CD/3,000/4/nummod"
          + " troops/NNS/troop/2/obj ./././2/punct")
      .build();

  @Test
  void numberFollowedByNothingCountableLeavesItsSentenceUnparsed() {
    ParseRecorder deferred = ParseRecorder.of(TEXT);

    List<Claim> claims = find(deferred.text());

    assertEquals(Set.of(1), deferred.parsed());
    assertEquals(List.of("troops"), claims.stream().map(Claim::measure).toList());
    assertEquals(find(TEXT), claims);
  }

  private static List<Claim> find(AnnotatedText doc) {
    List<Quantity> quantities = List.of(qty(doc, "52", 52, 52, "exact"), qty(doc, "48", 48, 48, "exact"),
        qty(doc, "3,000", 3000, 3000, "exact"));
    return new ClaimFinder().find(doc, quantities, ActorMentions.none(), List.of(), List.of(), List.of());
  }
}
