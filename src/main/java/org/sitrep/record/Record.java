package org.sitrep.record;

import java.util.List;

/** One analysed article: schema v1. */
public record Record(
    int schema, Article article, List<Actor> actors, List<Claim> claims, List<Quote> quotes,
    List<Event> events) {
  public static final int SCHEMA = 1;

  public Record {
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  public static Record rejected(Article article) {
    return new Record(SCHEMA, article, List.of(), List.of(), List.of(), List.of());
  }
}
