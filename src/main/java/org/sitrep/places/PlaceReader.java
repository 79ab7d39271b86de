package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads gazetteer files: a {@code # version: N} header, then tab-separated lines of kind, country,
 * admin1, names ({@code |}-separated), lat, lon, population; {@code #} comments and blank lines
 * ignored. The same format serves the built-in places and GeoNames imports. Fails fast naming the
 * file and line.
 */
final class PlaceReader {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private PlaceReader() {}

  static List<PlaceEntry> places(String file, BufferedReader r, boolean builtIn) throws IOException {
    List<PlaceEntry> out = new ArrayList<>();
    int n = header(file, r);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      try {
        out.add(place(line.split("\t", -1), builtIn));
      } catch (IllegalArgumentException e) {
        throw bad(file, n, e.getMessage());
      }
    }
    return out;
  }

  /** Checks the version header and returns the number of lines read. */
  static int header(String file, BufferedReader r) throws IOException {
    String first = r.readLine();
    if (first == null || !first.matches("# version: \\d+")) {
      throw bad(file, 1, "the first line must be '# version: N'");
    }
    return 1;
  }

  static IllegalStateException bad(String file, int line, String why) {
    return new IllegalStateException("bad gazetteer line " + file + ":" + line + ": " + why);
  }

  private static PlaceEntry place(String[] f, boolean builtIn) {
    if (f.length != 7) throw new IllegalArgumentException("expected 7 tab-separated fields, found " + f.length);
    if (!f[0].equals(PlaceEntry.REGION) && !f[0].equals(PlaceEntry.LOCALITY)) {
      throw new IllegalArgumentException("kind must be region or locality, not '" + f[0] + "'");
    }
    List<String> names = names(f[3]);
    return new PlaceEntry(names, f[0], iso3(f[1]), optional(f[2]), coordinate(f[4], 90),
        coordinate(f[5], 180), population(f[6]), false, builtIn);
  }

  static List<String> names(String field) {
    List<String> names = Arrays.stream(field.split("\\|")).map(String::strip).toList();
    if (names.stream().anyMatch(String::isEmpty)) throw new IllegalArgumentException("empty name in '" + field + "'");
    return names;
  }

  static String iso3(String s) {
    if (!ISO3.matcher(s).matches()) throw new IllegalArgumentException("country must be ISO alpha-3, not '" + s + "'");
    return s;
  }

  static double coordinate(String s, double limit) {
    try {
      double v = Double.parseDouble(s);
      if (Math.abs(v) > limit) throw new IllegalArgumentException("coordinate out of range: " + s);
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad coordinate '" + s + "'");
    }
  }

  static long population(String s) {
    try {
      return s.equals("-") ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad population '" + s + "'");
    }
  }

  static String optional(String s) {
    return s.isBlank() || s.equals("-") ? null : s.strip();
  }
}
