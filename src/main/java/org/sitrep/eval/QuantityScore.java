package org.sitrep.eval;

import java.util.List;
import java.util.Map;

/**
 * The score of one system on one benchmark model.
 *
 * @param name the model ("NumberModel", "quantulum3 value")
 * @param total all cases (for quantulum3: all quantities)
 * @param inScope the cases in scope for sitrep's figures
 * @param passed in-scope cases passed
 * @param failures one line per failed in-scope case, expected against found
 * @param excluded out-of-scope counts by reason
 */
public record QuantityScore(
    String name, int total, int inScope, int passed, List<String> failures,
    Map<String, Integer> excluded) {

  public double passRate() {
    return inScope == 0 ? 0 : (double) passed / inScope;
  }

  public double coverage() {
    return total == 0 ? 0 : (double) inScope / total;
  }
}
