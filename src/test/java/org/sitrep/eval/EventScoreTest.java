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

  @Test
  void halvesSplitEveryCaseOnceAndTheSameSeedGivesTheSameSplit() {
    List<EventCase> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      EventGold g = new EventGold("case-" + i, "text", "ASSAULT", "ASSAULT", "", Set.of("RUS"), Set.of());
      cases.add(new EventCase(g, i < 4 ? "ASSAULT" : null, null, null, Set.of(), Set.of()));
    }
    EventScore all = new EventScore(cases);
    List<EventScore> h = all.halves(7);
    assertEquals(5, h.get(0).sentences());
    assertEquals(5, h.get(1).sentences());
    int right = (int) h.get(0).figures().get("type_right") + (int) h.get(1).figures().get("type_right");
    assertEquals(4, right);
    assertEquals(h.get(0).figures(), all.halves(7).get(0).figures());
  }
}
