package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * quantulum3's quantities.json scored quantity by quantity: value match (a found quantity
 * overlapping the surface with the same value; ranges as midpoint plus half-width) and value+unit
 * match (also the same unit, quantulum3's unit names, "dimensionless" for a bare or counted number).
 */
final class QuantityQuantulum {
  private final List<QuantityCase> cases;

  QuantityQuantulum(List<QuantityCase> cases) {
    this.cases = cases;
  }

  List<QuantityScore> score(QuantityFound.Finder finder) {
    int total = 0;
    int inScope = 0;
    int values = 0;
    int units = 0;
    List<String> valueFailures = new ArrayList<>();
    List<String> unitFailures = new ArrayList<>();
    Map<String, Integer> excluded = new TreeMap<>();
    for (QuantityCase c : cases) {
      List<QuantityFound> found = null;
      for (QuantityCase.Expected e : c.expected()) {
        total++;
        String reason = QuantityScope.quantulum(e);
        if (reason != null) {
          excluded.merge(reason, 1, Integer::sum);
          continue;
        }
        inScope++;
        if (found == null) found = finder.find(c.input());
        QuantityFound f = QuantityMatch.quantulum(e, found);
        if (f == null) {
          valueFailures.add(QuantityEval.failure(c, List.of(e), found));
          unitFailures.add(QuantityEval.failure(c, List.of(e), found));
          continue;
        }
        values++;
        if (QuantityMatch.sameUnit(e, f)) units++;
        else unitFailures.add(QuantityEval.failure(c, List.of(e), found) + " (unit " + e.unit() + ")");
      }
    }
    return List.of(
        new QuantityScore("quantulum3 value", total, inScope, values, valueFailures, excluded),
        new QuantityScore("quantulum3 value+unit", total, inScope, units, unitFailures, excluded));
  }
}
