package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void wireCopyWithSmallEditsScoresAboveTheThreshold() {
    double s = MinHash.similarity(MinHash.signature(Fixtures.DRONES), MinHash.signature(Fixtures.DRONES_COPY));
    assertTrue(s >= MinHash.SAME_STORY, "similarity " + s);
  }

  @Test
  void differentStoriesScoreFarBelowTheThreshold() {
    double s = MinHash.similarity(MinHash.signature(Fixtures.DRONES), MinHash.signature(Fixtures.GAZA));
    assertTrue(s < 0.2, "similarity " + s);
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertArrayEquals(MinHash.signature(Fixtures.GAZA),
        MinHash.signature(Fixtures.GAZA.toUpperCase(java.util.Locale.ROOT).replace(",", " ;")));
  }

  @Test
  void tooShortTextsHaveNoSignature() {
    assertNull(MinHash.signature("Three people were hurt."));
    assertNull(MinHash.signature(null));
  }

  @Test
  void signatureSurvivesBytes() {
    long[] sig = MinHash.signature(Fixtures.DRONES);
    assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig)));
    assertEquals(MinHash.BANDS, MinHash.buckets(sig).length);
  }
}
