package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Adds English and language-neutral names from alternateNamesV2.txt (alternateNameId, geonameid,
 * isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to) to imported towns.
 * Historic names are kept (Kiev, Bombay); links, codes and colloquial names are not.
 */
final class GeoNamesAlternates {
  /** Progress is printed every this many lines of the (very large) file. */
  static final int PROGRESS_EVERY = 5_000_000;

  private GeoNamesAlternates() {}

  static int read(Path file, Map<String, GeoNamesCity> cities, PrintWriter progress) throws IOException {
    if (!Files.isRegularFile(file)) return 0;
    int added = 0;
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (++n % PROGRESS_EVERY == 0) progress.println("alternate names: " + n + " lines read");
        String[] f = line.split("\t", -1);
        if (f.length < 8) throw new IllegalArgumentException(file + ":" + n + ": not a GeoNames alternateNames line");
        GeoNamesCity c = cities.get(f[1]);
        if (c == null || !(f[2].isEmpty() || f[2].equals("en")) || f[6].equals("1")) continue;
        List<String> names = GeoNamesImport.latinNames(List.of(f[3]), 1);
        if (names.isEmpty()) continue;
        c.addName(names.get(0));
        added++;
      }
    }
    progress.println("alternate names: " + added + " added from " + file.getFileName());
    return added;
  }
}
