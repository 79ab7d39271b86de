package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuantityScopeTest {

  private static QuantityCase.Expected at(String input, String text, String value, String subtype) {
    int start = input.indexOf(text);
    return new QuantityCase.Expected(text, start, start + text.length(), value, null, subtype, 0);
  }

  private static String number(String input, String text, String value, String subtype) {
    return QuantityScope.number(input, at(input, text, value, subtype));
  }

  @Test
  void keepsCardinalsInDigitsWordsAndMixed() {
    assertNull(number("They sent 12,000 men", "12,000", "12000", "integer"));
    assertNull(number("They sent twelve thousand", "twelve thousand", "12000", "integer"));
    assertNull(number("They sent 3 million", "3 million", "3000000", "integer"));
    assertNull(number("They sent half a million", "half a million", "500000", "fraction"));
  }

  @Test
  void leavesOutFractionsPowersNegativesAndForms() {
    assertEquals("fraction", number("two fifths of it", "two fifths", "0.4", "fraction"));
    assertEquals("scientific notation", number("x is 4e7", "4e7", "40000000", "power"));
    assertEquals("negative number", number("minus four", "minus four", "-4", "integer"));
    assertEquals("spelled-out decimal", number("two point five", "two point five", "2.5", "decimal"));
    assertEquals("bare 'one'", number("that one", "one", "1", "integer"));
    assertEquals("identifier", number("the Kh-101 missile", "101", "101", "integer"));
    assertEquals("date, phone or dotted form", number("on 3/14/2025", "14", "14", "integer"));
  }

  @Test
  void leavesOutMathsRegisterRanges() {
    String in = "x is greater than or equal to 7";
    assertEquals("maths-register comparison",
        QuantityScope.range(in, at(in, "greater than or equal to 7", "[7,)", null)));
    String news = "up to 900 were held";
    assertNull(QuantityScope.range(news, at(news, "up to 900", "(,900]", null)));
  }

  @Test
  void leavesOutAmountsInTwoUnits() {
    String in = "it was 4 dollars 20 cents";
    assertEquals("amount in two units",
        QuantityScope.amount(in, at(in, "4 dollars 20 cents", "4.2", null)));
    String news = "a $ 40 million loan";
    assertNull(QuantityScope.amount(news, at(news, "$ 40 million", "40000000", null)));
  }
}
