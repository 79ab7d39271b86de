package org.sitrep.record;

/**
 * A resolved place.
 *
 * @param precision country, region or locality
 */
public record Place(
    String text, String name, String country, Double lat, Double lon, String precision,
    Integer start, Integer end) {

  /** How fine the place is: a locality 3, a region 2, a country (or anything else) 1. */
  public int fineness() {
    return switch (precision == null ? "" : precision) {
      case "locality" -> 3;
      case "region" -> 2;
      default -> 1;
    };
  }
}
