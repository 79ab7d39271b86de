package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static int length(String sentence) {
    return Datelines.length(List.of(sentence.split(" ")));
  }

  @Test
  void aPlaceInCapitalsBeforeADashIsADateline() {
    assertEquals(2, length("KYIV — Russia launched 728 drones overnight ."));
    assertEquals(3, length("GAZA CITY — Strikes killed 25 people ."));
    assertEquals(10, length("GOMA , Democratic Republic of Congo ( AP ) -- Rebels seized the airport ."));
  }

  @Test
  void aSentenceThatOpensOtherwiseHasNone() {
    assertEquals(0, length("NATO — the alliance — met on Monday ."));
    assertEquals(0, length("Russia launched drones — hundreds of them — overnight ."));
    assertEquals(0, length("US forces struck targets in Yemen ."));
    assertEquals(0, length("KYIV — Yes ."));
  }
}
