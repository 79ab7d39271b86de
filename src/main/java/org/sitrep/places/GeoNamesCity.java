package org.sitrep.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One row of a GeoNames cities*.txt dump (19 tab-separated columns), as an imported locality. */
final class GeoNamesCity {
  /** Alternate names kept per town: enough for English spellings, not every language's. */
  static final int MAX_NAMES = 8;

  private final String id;
  private final List<String> names;
  private final String country;
  private final String admin1Code;
  private final String admin1;
  private final double lat;
  private final double lon;
  private final long population;

  private GeoNamesCity(String[] f, String country, String admin1) {
    this.id = f[0];
    List<String> all = new ArrayList<>(List.of(f[1], f[2]));
    if (!f[3].isEmpty()) all.addAll(Arrays.asList(f[3].split(",")));
    this.names = new ArrayList<>(GeoNamesImport.latinNames(all, MAX_NAMES));
    this.country = country;
    this.admin1Code = f[8] + "." + f[10];
    this.admin1 = admin1;
    this.lat = Double.parseDouble(f[4]);
    this.lon = Double.parseDouble(f[5]);
    this.population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
  }

  /** The city, null for a line that is not a GeoNames cities row; country null for unknown codes. */
  static GeoNamesCity parse(String line, Map<String, String> iso3ByIso2, Map<String, String> admin1Names) {
    String[] f = line.split("\t", -1);
    if (f.length < 19 || !f[0].matches("\\d+")) return null;
    try {
      return new GeoNamesCity(f, iso3ByIso2.get(f[8]), admin1Names.get(f[8] + "." + f[10]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  String id() {
    return id;
  }

  String country() {
    return country;
  }

  String admin1Code() {
    return admin1Code;
  }

  String admin1() {
    return admin1;
  }

  double lat() {
    return lat;
  }

  double lon() {
    return lon;
  }

  long population() {
    return population;
  }

  void addName(String name) {
    if (names.size() < MAX_NAMES * 2 && !names.contains(name)) names.add(name);
  }

  String line() {
    return String.join("\t", PlaceEntry.LOCALITY, country, admin1 == null ? "-" : admin1,
        String.join("|", names), String.valueOf(lat), String.valueOf(lon), String.valueOf(population));
  }
}
