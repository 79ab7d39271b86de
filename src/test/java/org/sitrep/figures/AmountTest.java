package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmountTest {
  @Test
  void wholeNumbersGetThousandsCommas() {
    assertEquals("0", Amount.number(0));
    assertEquals("999", Amount.number(999));
    assertEquals("1,000", Amount.number(1000));
    assertEquals("12,000", Amount.number(12000));
    assertEquals("1,234,567", Amount.number(1234567));
    assertEquals("-45,000", Amount.number(-45000));
  }

  @Test
  void fractionsKeepTwoPlaces() {
    assertEquals("2.5", Amount.number(2.5));
    assertEquals("1,500.25", Amount.number(1500.25));
    assertEquals("0.33", Amount.number(1.0 / 3));
  }

  @Test
  void rangesShowBothEndsOnlyWhenTheyDiffer() {
    assertEquals("10,000-12,000", Amount.range(10000.0, 12000.0));
    assertEquals("4,000", Amount.range(4000.0, 4000.0));
    assertEquals("3,000", Amount.range(null, 3000.0));
    assertEquals("?", Amount.range(null, null));
  }
}
