package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the shared GeoNames dumps and finds towns the built-in gazetteer lacks. */
class GeoNamesImportIT {
  @TempDir Path tmp;

  @Test
  void importedDumpsResolveTownsThatAreNotBuiltIn() throws Exception {
    Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "geonames");
    assumeTrue(Files.isRegularFile(dir.resolve("cities15000.txt")), "GeoNames dumps not found under " + dir);
    assertTrue(Gazetteer.load(null).lookup("Zhovti Vody").isEmpty());
    Path out = tmp.resolve("gazetteer.tsv");
    GeoNamesImport.Summary s = new GeoNamesImport(dir, new PrintWriter(new StringWriter())).run(out);
    assertTrue(s.localities() > 20_000, "towns: " + s.localities());
    Gazetteer g = Gazetteer.load(out);
    List<PlaceEntry> found = g.lookup("Zhovti Vody");
    assertFalse(found.isEmpty());
    assertEquals("UKR", found.get(0).country());
    PlaceMatch m = g.match("Drones struck Zhovti Vody overnight.").get(0);
    assertEquals("Zhovti Vody", m.text());
    assertEquals("Kyiv/locality/UKR", describe(g.lookup("Kyiv").get(0)));
    assertEquals("Kursk/locality/RUS", describe(g.lookup("Kursk").get(0)));
    assertTrue(g.lookup("Kursk").get(0).builtIn());
  }

  private static String describe(PlaceEntry p) {
    return p.name() + "/" + p.kind() + "/" + p.country();
  }
}
