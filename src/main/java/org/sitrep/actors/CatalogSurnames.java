package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each person a surname for within-article coreference ("Kim" after "Kim Jong Un"): an
 * explicit {@code s:} name, else the last word of the canonical name; {@code s:none} suppresses it.
 */
final class CatalogSurnames {
  private CatalogSurnames() {}

  static CatalogEntry withSurname(CatalogEntry e) {
    List<CatalogEntry.Alias> aliases = new ArrayList<>(e.aliases());
    boolean explicit = aliases.removeIf(
        a -> a.how() == CatalogEntry.How.SURNAME && a.text().equals("none"));
    explicit |= aliases.stream().anyMatch(a -> a.how() == CatalogEntry.How.SURNAME);
    if (!explicit) {
      String[] words = e.name().split(" ");
      if (words.length > 1) {
        aliases.add(new CatalogEntry.Alias(words[words.length - 1], CatalogEntry.How.SURNAME, false));
      }
    }
    return new CatalogEntry(e.id(), e.kind(), e.country(), e.affiliation(), e.sector(), e.name(), aliases);
  }
}
