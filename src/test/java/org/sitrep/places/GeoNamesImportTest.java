package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesImportTest {
  @TempDir Path tmp;

  static Path fixture() throws URISyntaxException {
    return Path.of(GeoNamesImportTest.class.getResource("geonames/countryInfo.txt").toURI()).getParent();
  }

  private GeoNamesImport.Summary importFixture(Path out) throws Exception {
    return new GeoNamesImport(fixture(), new PrintWriter(new StringWriter())).run(out);
  }

  @Test
  void importedTownIsFoundThatIsNotBuiltIn() throws Exception {
    assertTrue(Gazetteer.load(null).lookup("Bilopillia").isEmpty());
    Path out = tmp.resolve("gazetteer.tsv");
    GeoNamesImport.Summary s = importFixture(out);
    assertEquals(3, s.localities());
    List<PlaceEntry> found = Gazetteer.load(out).lookup("Bilopillia");
    assertEquals(1, found.size());
    PlaceEntry p = found.get(0);
    assertEquals("UKR", p.country());
    assertEquals("Sumy", p.admin1());
    assertFalse(p.builtIn());
    assertEquals(51.15, p.lat(), 1e-6);
  }

  @Test
  void oldNamesFromTheCitiesFileMatchInText() throws Exception {
    Path out = tmp.resolve("gazetteer.tsv");
    importFixture(out);
    PlaceMatch m = Gazetteer.load(out).match("shelling near Belopolye on Sunday").get(0);
    assertEquals("Belopolye", m.text());
    assertEquals("Bilopillia", m.best().name());
  }

  @Test
  void englishAlternateNamesAreAddedAndLinksAreNot() throws Exception {
    Path out = tmp.resolve("gazetteer.tsv");
    GeoNamesImport.Summary s = importFixture(out);
    assertEquals(1, s.alternateNames());
    assertEquals("Tyotkino", Gazetteer.load(out).lookup("Tyotkino village").get(0).name());
    assertFalse(Files.readString(out, StandardCharsets.UTF_8).contains("https://"));
  }

  @Test
  void builtInPlacesAreNotDuplicated() throws Exception {
    Path out = tmp.resolve("gazetteer.tsv");
    importFixture(out);
    List<PlaceEntry> kursk = Gazetteer.load(out).lookup("Kursk");
    assertEquals(1, kursk.stream().filter(p -> p.kind().equals(PlaceEntry.LOCALITY)).count());
    assertTrue(kursk.get(0).builtIn());
  }

  @Test
  void missingDirectoryOrFilesAreRejected() {
    GeoNamesImport none = new GeoNamesImport(tmp.resolve("absent"), new PrintWriter(new StringWriter()));
    assertThrows(IllegalArgumentException.class, () -> none.run(tmp.resolve("o.tsv")));
    GeoNamesImport empty = new GeoNamesImport(tmp, new PrintWriter(new StringWriter()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> empty.run(tmp.resolve("o.tsv")));
    assertTrue(e.getMessage().contains("countryInfo.txt"), e.getMessage());
  }

  @Test
  void wrongFormatIsRejectedWithFileAndLine() throws IOException {
    Files.writeString(tmp.resolve("countryInfo.txt"), "this is not geonames\n", StandardCharsets.UTF_8);
    GeoNamesImport bad = new GeoNamesImport(tmp, new PrintWriter(new StringWriter()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bad.run(tmp.resolve("o.tsv")));
    assertTrue(e.getMessage().contains("countryInfo.txt:1"), e.getMessage());
  }
}
