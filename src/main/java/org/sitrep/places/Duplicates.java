package org.sitrep.places;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;

/** Tells whether an imported place is already built in: same kind, country and name, close by. */
final class Duplicates {
  /** Further apart than this, two same-named places are different places. */
  static final double SAME_PLACE_KM = 25;
  /** Region centroids are rough, so same-named regions of one country are one region. */
  static final double SAME_REGION_KM = 1000;

  private final Map<String, List<PlaceEntry>> byKey = new HashMap<>();

  Duplicates(List<PlaceEntry> places) {
    for (PlaceEntry p : places) {
      for (String n : names(p)) byKey.computeIfAbsent(key(p, n), k -> new ArrayList<>()).add(p);
    }
  }

  boolean contains(PlaceEntry p) {
    double limit = p.kind().equals(PlaceEntry.REGION) ? SAME_REGION_KM : SAME_PLACE_KM;
    for (String n : names(p)) {
      for (PlaceEntry q : byKey.getOrDefault(key(p, n), List.of())) {
        if (Distance.km(p.lat(), p.lon(), q.lat(), q.lon()) <= limit) return true;
      }
    }
    return false;
  }

  private static List<String> names(PlaceEntry p) {
    return p.kind().equals(PlaceEntry.REGION)
        ? RegionNames.variants(p.names()) : p.names();
  }

  private static String key(PlaceEntry p, String name) {
    String kind = p.kind().equals(PlaceEntry.REGION) ? "r" : "l";
    return kind + "|" + p.country() + "|" + name.toLowerCase(Locale.ROOT);
  }
}
