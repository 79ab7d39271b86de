package org.sitrep.actors;

import java.util.List;

/**
 * One actor of the curated catalog.
 *
 * @param id ISO alpha-3 for a country, an upper-case id for a body or group, a slug otherwise; a
 *     template's id starts with {@code *-} and stands for {@code <iso3 in lower case>-<rest>}
 * @param kind country, person, organization, armed_group or international
 * @param country ISO alpha-3 of the country it belongs to, or null
 * @param affiliation id of the state or body it acts for, or null
 * @param sector PLOVER-style sector (GOV, MIL, REB, IGO, NGO, ...) or null
 * @param name the canonical name
 * @param aliases every name it is matched by, the canonical name first
 */
public record CatalogEntry(
    String id, String kind, String country, String affiliation, String sector, String name,
    List<Alias> aliases) {

  /** How a name refers to its actor. */
  public enum How {
    NAME, DEMONYM, CAPITAL, BUILDING, ALIAS, SURNAME, TEMPLATE, BODY;

    /** The lower-case label used in records and data files. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A name of an actor.
   *
   * @param ambiguous the name also means something else (a US state, a common word, a person): a
   *     finder should accept it only with supporting context
   */
  public record Alias(String text, How how, boolean ambiguous) {}

  public CatalogEntry {
    aliases = List.copyOf(aliases);
  }

  /** True for a body-type template such as {@code *-foreign-ministry}. */
  public boolean isTemplate() {
    return id.startsWith("*-");
  }

  /** The names of one kind, e.g. the demonyms of a country. */
  public List<String> names(How how) {
    return aliases.stream().filter(a -> a.how() == how).map(Alias::text).toList();
  }
}
