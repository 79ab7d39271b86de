package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QuotePairsTest {

  @Test
  void theInnerOfTwoClosingMarksIsBlankedAndTheLengthKept() {
    assertEquals(
        "“They call us ‘traitors, ” she said.", QuotePairs.split("“They call us ‘traitors,’” she said."));
    assertEquals("‘They call us “traitors ’ she said.", QuotePairs.split("‘They call us “traitors”’ she said."));
  }

  @Test
  void aLoneMarkOrAnApostropheStays() {
    String text = "“The army’s line holds,” the general said. ‘Not for long’, he added.";
    assertSame(text, QuotePairs.split(text));
  }
}
