package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuantityIntervalTest {

  private static String read(String notation) {
    QuantityInterval i = QuantityInterval.parse(notation);
    return i.qualifier() + " " + i.expectedLow() + " " + i.expectedHigh();
  }

  @Test
  void mapsIntervalsToQualifiersAndEnds() {
    assertEquals("exact 10.0 15.0", read("[10,15)"));
    assertEquals("exact 10.0 15.0", read("(10,15]"));
    assertEquals("exact 20.0 20.0", read("[20,20]"));
    assertEquals("more_than 30.0 30.0", read("(30,)"));
    assertEquals("at_least 30.0 30.0", read("[30,)"));
    assertEquals("less_than 170.0 170.0", read("(,170)"));
    assertEquals("at_most 100.0 100.0", read("(,100]"));
  }

  @Test
  void rejectsWhatIsNotAnInterval() {
    assertNull(QuantityInterval.parse("12"));
    assertNull(QuantityInterval.parse("[a,b)"));
    assertNull(QuantityInterval.parse(null));
  }
}
