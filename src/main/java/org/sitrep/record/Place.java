package org.sitrep.record;

/**
 * A resolved place.
 *
 * @param precision country, region or locality
 */
public record Place(
    String text, String name, String country, Double lat, Double lon, String precision,
    Integer start, Integer end) {}
