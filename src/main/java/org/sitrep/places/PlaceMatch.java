package org.sitrep.places;

import java.util.List;

/**
 * A place name found in text, with every place it can mean, best first (see {@link Gazetteer#lookup}).
 */
public record PlaceMatch(int start, int end, String text, List<PlaceEntry> candidates) {
  public PlaceMatch {
    candidates = List.copyOf(candidates);
  }

  public PlaceEntry best() {
    return candidates.get(0);
  }
}
