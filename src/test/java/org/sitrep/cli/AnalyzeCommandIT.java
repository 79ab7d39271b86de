package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import picocli.CommandLine;

/** {@code sitrep analyze} through the real models. */
class AnalyzeCommandIT {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void jsonlOverADirectoryLoadsTheModelsOnce() throws IOException {
    long articles;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      articles = files.filter(p -> !p.toString().endsWith(".json")).count();
    }
    int before = CoreNlpAnnotator.loads();
    assertEquals(0, run("analyze", "--jsonl", "examples"), err.toString());
    assertTrue(CoreNlpAnnotator.loads() - before <= 1, "at most one load for the whole directory");
    List<String> lines = out.toString().lines().toList();
    assertEquals(articles, lines.size(), out.toString());
    for (String line : lines) {
      Record r = RecordJson.fromJson(line);
      assertEquals(Record.SCHEMA, r.schema());
      assertEquals("analyzed", r.article().outcome());
    }
    int loaded = CoreNlpAnnotator.loads();
    assertEquals(0, run("analyze", "--jsonl", "examples"), err.toString());
    assertEquals(loaded, CoreNlpAnnotator.loads(), "a second run reuses the loaded models");
  }

  @Test
  void readableSummaryShowsFiguresWithTheirClaimants() {
    assertEquals(0, run("analyze", "examples/north-korea-troops-kursk.txt"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("10,000–12,000 troops: North Korean troops [PRK]"), text);
    assertTrue(text.contains("according to South Korea [KOR]"), text);
    assertTrue(text.contains("kor-foreign-ministry"), text);
  }
}
