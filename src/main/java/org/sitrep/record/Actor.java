package org.sitrep.record;

import java.util.List;

/**
 * An actor named in the article.
 *
 * @param id ISO alpha-3 for a country, an upper-case id for a body or group, a slug otherwise
 * @param kind country, person, organization, armed_group or international
 * @param country ISO alpha-3 of the country it belongs to, or null
 * @param affiliation id of the state or body it acts for, or null
 */
public record Actor(
    String id, String name, String kind, String country, String affiliation,
    List<Mention> mentions) {

  public Actor {
    mentions = List.copyOf(mentions);
  }
}
