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
    // "PORT-AU-PRINCE (Wire) - Gangs burned homes.": the dashes in the name are hyphens
    String text = "PORT-AU-PRINCE (Wire) - Gangs burned homes.";
    List<String> words = List.of("PORT", "-", "AU", "-", "PRINCE", "(", "Wire", ")", "-",
        "Gangs", "burned", "homes", ".");
    int[] starts = new int[words.size()];
    int[] ends = new int[words.size()];
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      starts[i] = text.indexOf(words.get(i), at);
      ends[i] = starts[i] + words.get(i).length();
      at = ends[i];
    }
    assertEquals(9, Datelines.length(words, starts, ends));
    assertEquals(2, length("PORT - AU - PRINCE ( Wire ) - Gangs burned homes ."), "spaced, the first dash is the dateline's");
  }

  @Test
  void aDatelineOfTwoPlacesIsOneAndItsPlaceIsTheFirst() {
    String dated = "MOSCOW/KYIV, Sept 28 (Wire) - Air defences destroyed 120 drones.";
    assertEquals(dated.indexOf(" Air"), Datelines.datedEnd(dated));
    assertEquals(2, length("MOSCOW/KYIV — Air defences destroyed 120 drones ."));
    assertEquals("MOSCOW", Datelines.place("MOSCOW/KYIV, Sept 28 (Wire) -"));
    assertEquals("KHARKIV", Datelines.place("KHARKIV, Sept 28 (Wire) -"));
  }

  @Test
  void aSentenceThatOpensOtherwiseHasNone() {
    assertEquals(0, length("NATO — the alliance — met on Monday ."));
    assertEquals(0, length("Russia launched drones — hundreds of them — overnight ."));
    assertEquals(0, length("US forces struck targets in Yemen ."));
    assertEquals(0, length("KYIV — Yes ."));
  }
}
