package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The eval gate for quantities: runs when ../shared/bench is present, fails below the floors. */
class QuantitiesEvalIT {
  private static final String[] KEYS = {
    "number", "number_range", "currency", "dimension", "quantulum_value", "quantulum_value_unit"};

  @Test
  void quantityFiguresStayAboveTheirFloors() throws Exception {
    Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "quantities");
    assumeTrue(Files.isDirectory(dir), "no benchmark at " + dir);
    List<QuantityScore> scores = new QuantityEval(dir).sitrep();
    Map<String, Double> figures = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.length; i++) {
      String key = KEYS[i];
      QuantityScore s = scores.get(i);
      figures.put(key.startsWith("quantulum") ? key + "_match" : key + "_pass_rate", s.passRate());
      if (!key.equals("quantulum_value_unit")) {
        figures.put(key.replace("_value", "") + "_coverage", s.coverage());
      }
    }
    Properties floors = floors();
    List<Executable> checks = new ArrayList<>();
    for (String name : floors.stringPropertyNames()) {
      if (!name.startsWith("quantities.")) continue;
      String key = name.substring("quantities.".length());
      double floor = Double.parseDouble(floors.getProperty(name));
      Double figure = figures.get(key);
      checks.add(() -> assertTrue(figure != null && figure >= floor,
          key + " = " + figure + " is below its floor " + floor));
    }
    assertTrue(checks.size() >= KEYS.length, "floors.properties has no quantities.* floors");
    assertAll(checks);
  }

  private static Properties floors() throws Exception {
    Properties p = new Properties();
    try (InputStream in = QuantitiesEvalIT.class.getResourceAsStream("floors.properties")) {
      p.load(in);
    }
    return p;
  }
}
