package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every built-in town, city and capital that GeoNames (cities15000) also knows, in the same
 * country and under one of the same names, lies within 25 km of the GeoNames point. Regions and
 * countries are skipped: GeoNames gives them no coordinates.
 */
class GazetteerGeoNamesIT {
  static final double MAX_KM = 25;
  private static Path geonames;
  private static final Map<String, List<double[]>> cities = new HashMap<>();
  private static final Map<String, String> iso2ByIso3 = new HashMap<>();

  @BeforeAll
  static void readGeoNames() throws IOException {
    geonames = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "geonames");
    if (!Files.isRegularFile(geonames.resolve("cities15000.txt"))) return;
    try (Stream<String> lines = Files.lines(geonames.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
          .filter(f -> f.length > 1)
          .forEach(f -> iso2ByIso3.put(f[1], f[0]));
    }
    try (Stream<String> lines = Files.lines(geonames.resolve("cities15000.txt"), StandardCharsets.UTF_8)) {
      lines.map(l -> l.split("\t", -1)).forEach(GazetteerGeoNamesIT::index);
    }
  }

  private static void index(String[] f) {
    double[] point = {Double.parseDouble(f[4]), Double.parseDouble(f[5])};
    List<String> names = new ArrayList<>(List.of(f[1], f[2]));
    if (!f[3].isEmpty()) names.addAll(List.of(f[3].split(",")));
    for (String n : names) {
      cities.computeIfAbsent(key(f[8], n), k -> new ArrayList<>()).add(point);
    }
  }

  private static String key(String iso2, String name) {
    return iso2 + "|" + name.toLowerCase(Locale.ROOT);
  }

  @Test
  void builtInPlacesLieWithin25KmOfGeoNames() {
    assumeTrue(!cities.isEmpty(), "GeoNames dumps not found under " + geonames);
    List<String> far = new ArrayList<>();
    int compared = 0;
    Gazetteer g = Gazetteer.load(null);
    for (PlaceEntry p : g.places()) {
      if (!p.kind().equals(PlaceEntry.LOCALITY)) continue;
      double best = nearest(p);
      if (Double.isNaN(best)) continue;
      compared++;
      if (best > MAX_KM) far.add(p.name() + " (" + p.country() + ") " + Math.round(best) + " km");
    }
    assertTrue(compared > 300, "compared only " + compared);
    assertEquals(List.of(), far);
  }

  private static double nearest(PlaceEntry p) {
    double best = Double.NaN;
    for (String n : p.names()) {
      for (double[] c : cities.getOrDefault(key(iso2ByIso3.get(p.country()), n), List.of())) {
        double d = Distance.km(p.lat(), p.lon(), c[0], c[1]);
        if (Double.isNaN(best) || d < best) best = d;
      }
    }
    return best;
  }
}
