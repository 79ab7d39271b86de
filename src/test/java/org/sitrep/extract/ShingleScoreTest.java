package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void identicalTextsScoreOne() {
    ShingleScore s = ShingleScore.of("p", "One two three four five.", "one two three four five");
    assertEquals(0.5, s.precision(), 1e-9, "case matters: " + s);
    assertEquals(0.5, s.recall(), 1e-9, "case matters: " + s);
    ShingleScore same = ShingleScore.of("p", "One, two; three four five!", "One two three four five");
    assertEquals(1.0, same.precision());
    assertEquals(1.0, same.recall());
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    ShingleScore s = ShingleScore.of("p", "a b c d e f g h", "a b c d e");
    assertEquals(2 / 5.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void shortTextIsOneShingle() {
    assertEquals(1, Shingles.of("two words").size());
    assertEquals(1.0, ShingleScore.of("p", "two words", "two words").precision());
  }

  @Test
  void multisetsCountRepeats() {
    ShingleScore s = ShingleScore.of("p", "a b c d a b c d", "a b c d");
    assertEquals(1 / 5.0, s.precision(), 1e-9);
  }

  @Test
  void emptyPredictionHasNoPrecision() {
    ShingleScore s = ShingleScore.of("p", "", "a b c d");
    assertTrue(Double.isNaN(s.precision()));
    assertEquals(0.0, s.recall());
  }

  @Test
  void bothEmptyScoreOne() {
    ShingleScore s = ShingleScore.of("p", "", "");
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
  }
}
