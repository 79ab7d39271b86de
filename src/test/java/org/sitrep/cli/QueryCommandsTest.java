package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;
import picocli.CommandLine;

/** The query commands against a small SQLite store built from hand-made records. */
class QueryCommandsTest {
  @TempDir Path dir;
  String db;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void fill() {
    db = dir.resolve("q.db").toString();
    try (Store store = Store.open(db)) {
      store.put(Fixtures.drones(), "t");
      store.put(Fixtures.dronesCopy(), "t");
      store.put(Fixtures.gaza(), "t");
    }
  }

  /** Runs a command line as {@code sitrep} does: only the named subcommand is built. */
  static Run run(String... args) {
    CommandLine cl = Main.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void claimsTableShowsClaimantOutletsAndEvidence() {
    Run r = run("claims", "--db", db, "--measure", "launched");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].startsWith("DATE"), lines[0]);
    assertTrue(lines[1].contains("112 drones"), lines[1]);
    assertTrue(lines[1].contains("Ukraine's air force"), lines[1]);
    assertTrue(lines[1].contains("Eastwire, Northwire"), lines[1]);
  }

  @Test
  void claimsJsonHasEveryField() throws Exception {
    Run r = run("claims", "--db", db, "--actor", "PSE-MOH", "--json");
    JsonNode rows = RecordJson.mapper().readTree(r.out());
    assertEquals(1, rows.size());
    assertEquals("The health ministry in Gaza", rows.get(0).get("claimant").asText());
    assertEquals(37.0, rows.get(0).get("low").asDouble());
    assertEquals("Southpost", rows.get(0).get("outlets").get(0).asText());
  }

  @Test
  void csvQuotesCellsAndCutsNothing() {
    Run r = run("quotes", "--db", db, "--csv", "--speaker", "Lenko");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"The attack targeted energy sites again,\""), r.out());
    assertTrue(r.out().contains(Fixtures.dronesCopy().article().id()), r.out());
  }

  @Test
  void eachQueryCommandAnswers() {
    for (List<String> args : List.of(List.of("articles", "--source", "Northwire"),
        List.of("events", "--type", "assault", "--actor", "RUS"), List.of("actors", "health"),
        List.of("search", "hospital"), List.of("quotes", "--since", "2025-01-01"))) {
      Run r = run(concat(args, "--db", db));
      assertEquals(0, r.code(), args + ": " + r.err());
      assertEquals(2, r.out().split("\n").length, args + ":\n" + r.out());
    }
  }

  @Test
  void longCellsAreCutToTheWidth() {
    Run r = run("articles", "--db", db);
    for (String line : r.out().split("\n")) assertTrue(line.length() <= Table.DEFAULT_WIDTH, line);
  }

  @Test
  void emptyResultSaysSo() {
    assertEquals("(no rows)\n", run("claims", "nothing like this", "--db", db).out());
  }

  @Test
  void badDateIsAUsageError() {
    Run r = run("claims", "--db", db, "--since", "March 3");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is not a date: use YYYY-MM-DD"), r.err());
  }

  @Test
  void missingDatabaseSaysRunIngestAndCreatesNothing() {
    Path missing = dir.resolve("none.db");
    Run r = run("claims", "--db", missing.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertTrue(r.err().contains("run `sitrep ingest` first"), r.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void showPrintsTheRecordForAPrefix() throws Exception {
    String id = Fixtures.gaza().article().id();
    Run r = run("show", "--db", db, id.substring(0, 10));
    assertEquals(0, r.code(), r.err());
    assertEquals(RecordJson.toPrettyJson(Fixtures.gaza()).strip(), r.out().strip());
  }

  @Test
  void showRefusesShortOrUnknownIds() {
    assertEquals(2, run("show", "--db", db, "abc").code());
    Run r = run("show", "--db", db, "0000000000");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no stored article has id 0000000000"), r.err());
  }

  @Test
  void exportJsonlWritesOneRecordPerLine() throws Exception {
    Path out = dir.resolve("all.jsonl");
    assertEquals(0, run("export", "--db", db, "--format", "jsonl", "--out", out.toString()).code());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertEquals(Fixtures.drones(), RecordJson.fromJson(lines.get(0)));
  }

  @Test
  void exportPloverHasThePloverFields() throws Exception {
    Run r = run("export", "--db", db, "--format", "plover");
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length, r.out());
    JsonNode first = RecordJson.mapper().readTree(lines[0]);
    List<String> names = List.of("id", "date", "actor", "recipient", "event", "mode", "event_text",
        "text", "cite_info");
    assertEquals(names, iterate(first));
    assertEquals("RUS", first.get("actor").asText());
    assertEquals("UKR", first.get("recipient").asText());
    assertEquals("ASSAULT", first.get("event").asText());
    assertEquals("2025-03-03", first.get("date").asText());
  }

  @Test
  void exportCsvIsTheClaimsTable() {
    Run r = run("export", "--db", db, "--format", "csv");
    assertEquals(4, r.out().split("\n").length, r.out());
    assertTrue(r.out().startsWith("DATE,MEASURE,FIGURE"), r.out());
  }

  private static List<String> iterate(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
