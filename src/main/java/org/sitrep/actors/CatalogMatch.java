package org.sitrep.actors;

import java.util.List;

/**
 * A catalog name found in text. Spans never include a leading "the" or a possessive "'s".
 *
 * @param how how the matched name refers to the actor; {@link CatalogEntry.How#BODY} marks a
 *     country name or demonym joined with a body-type phrase ("Seoul's foreign ministry")
 * @param ambiguous the matched name also means something else and needs supporting context
 * @param candidates every entry the span can mean, best first ({@code entry} is the first); more
 *     than one for shared surnames such as "Kim"
 */
public record CatalogMatch(
    int start, int end, String text, CatalogEntry entry, CatalogEntry.How how, boolean ambiguous,
    List<CatalogEntry> candidates) {

  public CatalogMatch {
    candidates = List.copyOf(candidates);
  }
}
