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
 * The eval gate for events: runs {@code sitrep eval events} on the PLOVER gold standard when
 * ../shared/bench is present and fails when a figure drops below its floor in
 * event-floors.properties.
 */
class EventsEvalIT {
  private static final Path DATA =
      Path.of(System.getProperty("sitrep.shared", "../shared"), "bench/events/plover");

  @Test
  void eventFiguresStayAboveTheirFloors() throws IOException {
    assumeTrue(Files.isRegularFile(DATA.resolve(EventGold.FILE)), "no benchmark data at " + DATA);
    EventScore score = EventEval.run(DATA);
    System.out.print(score.confusionTable());
    Map<String, Object> figures = score.figures();
    Properties floors = floors();
    assertTrue(!floors.isEmpty(), "event-floors.properties holds no floor");
    for (String key : floors.stringPropertyNames()) {
      double floor = Double.parseDouble(floors.getProperty(key));
      double value = ((Number) figures.get(key)).doubleValue();
      assertTrue(value >= floor, key + " fell to " + value + ", below its floor " + floor);
    }
  }

  private static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in = EventsEvalIT.class.getResourceAsStream("event-floors.properties")) {
      if (in == null) throw new IOException("event-floors.properties is missing");
      p.load(in);
    }
    return p;
  }
}
