package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventScoreTest {
  private static EventGold gold(String type, Set<String> sources, Set<String> targets) {
    return new EventGold("id", "text", type, type, "", sources, targets);
  }

  private static final EventCase RIGHT = new EventCase(
      gold("ASSAULT", Set.of("RUS"), Set.of("UKR")), "ASSAULT", null, "struck", Set.of("RUS"), Set.of("UKR"));
  private static final EventCase NOTHING = new EventCase(
      gold("AGREE", Set.of("USA", "JOR"), Set.of()), null, null, null, Set.of(), Set.of());
  private static final EventCase WRONG_TYPE = new EventCase(
      gold("REQUEST", Set.of("GBR"), Set.of("LBY")), "SUPPORT", null, "support", Set.of("GBR", "USA"), Set.of("USA"));

  private final EventScore score = new EventScore(List.of(RIGHT, NOTHING, WRONG_TYPE));

  @Test
  void noEventFoundIsATypeMiss() {
    assertEquals(1.0 / 3, score.typeAccuracy(), 1e-9);
  }

  @Test
  void actorIsRightWhenOneOfOurCountriesIsAGoldSourceAndMissingIsAMiss() {
    assertEquals(2.0 / 3, score.actorAccuracy(), 1e-9);
  }

  @Test
  void recipientCountsOnlyWhereTheGoldNamesATarget() {
    assertEquals(0.5, score.recipientAccuracy(), 1e-9);
  }

  @Test
  void confusionRowsAreGoldTypesAndNoEventIsADash() {
    assertEquals(Map.of("ASSAULT", Map.of("ASSAULT", 1), "AGREE", Map.of("-", 1), "REQUEST", Map.of("SUPPORT", 1)),
        score.confusion());
  }

  @Test
  void everyCaseWithAWrongFigureIsListedAsAMiss() {
    assertEquals(2, score.misses().size());
  }
}
