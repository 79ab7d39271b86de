package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GazetteerCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void importsAGeoNamesDirectory() throws Exception {
    Path dir = Path.of(getClass().getResource("/org/sitrep/places/geonames/countryInfo.txt").toURI()).getParent();
    Path file = tmp.resolve("g.tsv");
    assertEquals(0, run("gazetteer", "import", dir.toString(), "--out", file.toString()));
    assertTrue(out.toString().startsWith("imported 3 towns"), out.toString());
    assertTrue(err.toString().contains("towns: 3 from cities500.txt"), err.toString());
    assertTrue(Files.size(file) > 0);
  }

  @Test
  void missingDirectoryIsAUsageError() {
    assertEquals(2, run("gazetteer", "import", tmp.resolve("absent").toString()));
    assertTrue(err.toString().startsWith("sitrep: not a directory"), err.toString());
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertEquals(2, run("gazetteer"));
  }

  @Test
  void lookupListsCandidatesBestFirst() {
    assertEquals(0, run("gazetteer", "lookup", "Kursk"));
    String[] lines = out.toString().split("\\R");
    assertTrue(lines[0].startsWith("Kursk\tlocality\tRUS"), lines[0]);
    assertTrue(lines[1].startsWith("Kursk Oblast\tregion\tRUS"), lines[1]);
  }

  @Test
  void lookupOfAnUnknownNameFails() {
    assertEquals(1, run("gazetteer", "lookup", "Xyzzyville"));
    assertTrue(err.toString().startsWith("sitrep: no place named"), err.toString());
  }
}
