package org.sitrep.store;

import java.util.List;

/**
 * An event with where it happened, for a timeline and a map: {@code (articleId, ord)} addresses
 * it in its record; {@code lat}/{@code lon} are the resolved place's, when it has them.
 */
public record EventSite(String articleId, int ord, String date, String type, String mode,
    List<String> actors, List<String> recipients, String place, String country, Double lat,
    Double lon, String trigger, String evidence) {

  /** {@code sitrep serve}'s events page: like {@link Queries.Events}, plus place words. */
  public record Filter(String type, String actor, String place, java.time.LocalDate since,
      java.time.LocalDate until, int limit) {}
}
