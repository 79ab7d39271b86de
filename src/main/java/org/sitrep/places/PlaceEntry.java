package org.sitrep.places;

import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param names the name first, then alternate and old names (Kyiv, Kiev)
 * @param kind its precision: country, region or locality
 * @param country ISO alpha-3
 * @param admin1 the first-level region a locality lies in, or null
 * @param population approximate, 0 when unknown
 * @param capital a national capital
 * @param builtIn from the built-in data rather than a GeoNames import
 */
public record PlaceEntry(
    List<String> names, String kind, String country, String admin1, double lat, double lon,
    long population, boolean capital, boolean builtIn) {

  public static final String COUNTRY = "country";
  public static final String REGION = "region";
  public static final String LOCALITY = "locality";

  public PlaceEntry {
    names = List.copyOf(names);
  }

  public String name() {
    return names.get(0);
  }

  int kindRank() {
    return switch (kind) {
      case COUNTRY -> 0;
      case REGION -> 1;
      default -> 2;
    };
  }
}
