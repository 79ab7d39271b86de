package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.Catalog;
import org.sitrep.actors.CatalogEntry;

/**
 * Reads the built-in country table (ISO codes, capital, coordinates, population) and takes each
 * country's names from the actor catalog, so the two never disagree. Gives a country entry and,
 * where there is one, a capital entry.
 */
final class Countries {
  private Countries() {}

  static List<PlaceEntry> read(String file, BufferedReader r, Catalog catalog,
      java.util.Map<String, String> iso2) throws IOException {
    List<PlaceEntry> out = new ArrayList<>();
    int n = PlaceReader.header(file, r);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      try {
        String[] f = line.split("\t", -1);
        out.addAll(country(f, catalog));
        iso2.put(f[0], f[1]);
      } catch (IllegalArgumentException e) {
        throw PlaceReader.bad(file, n, e.getMessage());
      }
    }
    return out;
  }

  private static List<PlaceEntry> country(String[] f, Catalog catalog) {
    if (f.length != 8) throw new IllegalArgumentException("expected 8 tab-separated fields, found " + f.length);
    String iso3 = PlaceReader.iso3(f[0]);
    CatalogEntry actor = catalog.byId(iso3);
    if (actor == null) throw new IllegalArgumentException("no actor catalog entry for " + iso3);
    List<PlaceEntry> out = new ArrayList<>(2);
    out.add(new PlaceEntry(names(actor), PlaceEntry.COUNTRY, iso3, null,
        PlaceReader.coordinate(f[5], 90), PlaceReader.coordinate(f[6], 180),
        PlaceReader.population(f[7]), false, true));
    if (!f[2].equals("-")) {
      out.add(new PlaceEntry(PlaceReader.names(f[2]), PlaceEntry.LOCALITY, iso3, null,
          PlaceReader.coordinate(f[3], 90), PlaceReader.coordinate(f[4], 180), 0, true, true));
    }
    return out;
  }

  private static List<String> names(CatalogEntry actor) {
    return actor.aliases().stream()
        .filter(a -> a.how() == CatalogEntry.How.NAME || a.how() == CatalogEntry.How.ALIAS)
        .map(CatalogEntry.Alias::text)
        .distinct()
        .toList();
  }
}
