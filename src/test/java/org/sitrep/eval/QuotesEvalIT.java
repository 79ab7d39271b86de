package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The quote eval gate: sitrep's figures on PolNeAR dev stay above the pinned floors. */
class QuotesEvalIT {
  private static final Path DEV = Path.of(System.getProperty("sitrep.shared", "../shared"))
      .resolve("bench/attribution/polnear/dev");

  @Test
  void figuresStayAboveFloors() throws Exception {
    assumeTrue(Files.isDirectory(DEV), "no PolNeAR dev split at " + DEV);
    Properties floors = new Properties();
    try (InputStream in = QuotesEvalIT.class.getResourceAsStream("quote-floors.properties")) {
      floors.load(in);
    }
    QuoteFigures f = QuoteEval.run(DEV, new QuoteEval.Options(false)).sitrep();
    assertAbove(floors, "content_f1", f.content().f1());
    assertAbove(floors, "content_recall", f.content().recall());
    assertAbove(floors, "content_speaker_f1", f.contentSpeaker().f1());
  }

  private static void assertAbove(Properties floors, String key, double value) {
    double floor = Double.parseDouble(floors.getProperty(key));
    assertTrue(value >= floor, key + " " + value + " fell below its floor " + floor);
  }
}
