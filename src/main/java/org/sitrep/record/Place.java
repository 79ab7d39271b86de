package org.sitrep.record;

/**
 * A resolved place.
 *
 * @param region the first-level region a locality lies in, a region's own name, or null (a
 *     country, or a locality the gazetteer knows no region for)
 * @param precision country, region or locality
 */
public record Place(
    String text, String name, String country, String region, Double lat, Double lon, String precision,
    Integer start, Integer end) {

  /** A place whose region is not known. */
  public Place(String text, String name, String country, Double lat, Double lon, String precision,
      Integer start, Integer end) {
    this(text, name, country, null, lat, lon, precision, start, end);
  }

  /** How fine the place is: a locality 3, a region 2, a country (or anything else) 1. */
  public int fineness() {
    return switch (precision == null ? "" : precision) {
      case "locality" -> 3;
      case "region" -> 2;
      default -> 1;
    };
  }
}
