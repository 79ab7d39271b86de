package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.RecordJson;
import picocli.CommandLine;

class ExtractCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path page;

  @BeforeEach
  void copyFixture() throws IOException {
    page = dir.resolve("courier.html");
    try (InputStream in = getClass().getResourceAsStream("/org/sitrep/extract/meta-jsonld.html")) {
      Files.write(page, in.readAllBytes());
    }
  }

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void printsTheArticleReadably() {
    assertEquals(0, run("extract", page.toString()));
    String text = out.toString();
    assertTrue(text.contains("title      Relief convoys reach flooded river towns"), text);
    assertTrue(text.contains("published  2025-04-29"), text);
    assertTrue(text.contains("authors    Lena Park, Tomas Reyes"), text);
    assertTrue(text.contains("\nRelief convoys reached the flooded river towns"), text);
  }

  @Test
  void jsonIsTheArticleObjectInSnakeCase() throws IOException {
    assertEquals(0, run("extract", "--json", page.toString()));
    JsonNode a = RecordJson.mapper().readTree(out.toString());
    assertEquals("analyzed", a.get("outcome").asText());
    assertEquals("2025-04-29", a.get("published").asText());
    assertEquals("https://courier.example/world/relief-convoys", a.get("canonical_url").asText());
    assertTrue(a.has("removed"));
  }

  @Test
  void jsonlPrintsOneArticlePerLineWithItsPath() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertEquals(0, run("extract", "--jsonl", dir.toString()));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode first = RecordJson.mapper().readTree(lines[0]);
    assertEquals(page.toString(), first.get("path").asText());
    JsonNode second = RecordJson.mapper().readTree(lines[1]);
    assertEquals("rejected", second.get("outcome").asText());
    assertEquals("empty file", second.get("reason").asText());
  }

  @Test
  void batchWithSomeRejectionsSucceedsAndReportsThem() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertEquals(0, run("extract", page.toString(), empty.toString()));
    assertTrue(err.toString().contains(empty + ": rejected: empty file"), err.toString());
  }

  @Test
  void onlyInputRejectedExitsOne() throws IOException {
    Path binary = Files.write(dir.resolve("x.html"), new byte[] {0, 1, 2, 3});
    assertEquals(1, run("extract", binary.toString()));
    assertEquals("sitrep: " + binary + ": rejected: binary data, not a text or HTML article",
        err.toString().strip());
  }

  @Test
  void missingFileIsAUsageError() {
    assertEquals(2, run("extract", dir.resolve("missing.html").toString()));
    assertTrue(err.toString().startsWith("sitrep: no such file or directory"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void jsonAndJsonlExcludeEachOther() {
    assertEquals(2, run("extract", "--json", "--jsonl", page.toString()));
  }
}
