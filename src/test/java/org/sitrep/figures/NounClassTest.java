package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounClassTest {
  @ParameterizedTest
  @CsvSource({
      "troops, North Korean troops, troops",
      "soldiers, Russian soldiers, troops",
      "fighters, militia fighters, fighter",
      "civilians, civilians, civilians",
      ", Palestinians, people",
      "children, children, children",
      "drones, drones, drone",
      "toll, , people",
      "dead, the dead, people",
      "losses, North Korean losses, troops",
      "losses, civilian losses, civilians",
      ", , ''"})
  void classOfTheCountedNoun(String unit, String subject, String expected) {
    assertEquals(expected, NounClass.of(unit, subject));
  }
}
