package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The evaluation gate: floors on the article-extraction benchmark in ../shared. Lowering a floor is
 * a visible, reviewed act. Skipped when ../shared is absent.
 */
class ExtractionBenchIT {
  static final double MIN_PRECISION = 0.965;
  static final double MIN_RECALL = 0.975;
  static final double MIN_F1 = 0.975;

  @Test
  void meetsTheFloors() throws Exception {
    Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "article-extraction");
    assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "no benchmark at " + dir);
    ExtractionBench.Result r = new ExtractionBench().run(dir, 2, 1);
    assertTrue(r.precision() >= MIN_PRECISION, "precision " + r.precision());
    assertTrue(r.recall() >= MIN_RECALL, "recall " + r.recall());
    assertTrue(r.f1() >= MIN_F1, "F1 " + r.f1());
  }
}
