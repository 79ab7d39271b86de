package org.sitrep.eval;

import java.util.List;

/**
 * One test case of a quantity benchmark: a sentence and what should be found in it.
 *
 * @param input the sentence
 * @param expected the results to find; empty for a case that tests what must not be found
 */
record QuantityCase(String input, List<Expected> expected) {

  /**
   * One expected result.
   *
   * @param text the words as annotated
   * @param start offset of the first character in {@code input}
   * @param end offset just past the last character
   * @param value the resolved value as written by the benchmark ("12000", "[10,15)"), or null
   * @param unit the benchmark's unit name, or null
   * @param subtype the benchmark's subtype ("integer", "fraction", "power"), or null
   * @param uncertainty half the width of a range (quantulum3), or 0
   */
  record Expected(
      String text, int start, int end, String value, String unit, String subtype,
      double uncertainty) {}
}
