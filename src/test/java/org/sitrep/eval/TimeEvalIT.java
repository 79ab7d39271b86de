package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The eval gate for dates: runs {@code sitrep eval time} on TBAQ when ../shared/bench is present
 * and fails when a figure drops below its floor in time-floors.properties. SUTime, the reference,
 * runs only with -Dsitrep.it.reference=true: it costs about a minute of CPU on TBAQ.
 */
class TimeEvalIT {
  private static final Path DATA =
      Path.of(System.getProperty("sitrep.shared", "../shared"), "bench/temporal/tbaq");

  @Test
  void timeFiguresStayAboveTheirFloors() throws IOException {
    assumeTrue(Files.isDirectory(DATA), "no benchmark data at " + DATA);
    boolean reference = Boolean.getBoolean("sitrep.it.reference");
    TimeReport report = TimeReport.run(DATA, reference);
    System.out.print(report.table());
    Map<String, Object> figures = report.sitrep().figures();
    Properties floors = floors();
    for (String key : floors.stringPropertyNames()) {
      double floor = Double.parseDouble(floors.getProperty(key));
      double value = ((Number) figures.get(key)).doubleValue();
      assertTrue(value >= floor, key + " fell to " + value + ", below its floor " + floor);
    }
    if (reference) {
      assertTrue(
          report.sitrep().valueMatches() > report.reference().valueMatches(),
          "sitrep no longer beats SUTime on value matches");
    }
  }

  private static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in = TimeEvalIT.class.getResourceAsStream("time-floors.properties")) {
      if (in == null) throw new IOException("time-floors.properties is missing");
      p.load(in);
    }
    return p;
  }
}
