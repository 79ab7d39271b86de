package org.sitrep.eval;

import java.util.Set;

/**
 * One gold sentence beside what sitrep coded as its main event.
 *
 * @param type our type, or null when we found no event
 * @param actors the codes of our actors ({@link EventCountries})
 * @param recipients the codes of our recipients
 */
record EventCase(EventGold gold, String type, String mode, String trigger, Set<String> actors,
    Set<String> recipients) {

  boolean typeRight() {
    return gold.type().equals(type);
  }

  /** Right when one of our actors is one of the gold sources; null when the gold names none. */
  Boolean actorRight() {
    return overlap(gold.sources(), actors);
  }

  Boolean recipientRight() {
    return overlap(gold.targets(), recipients);
  }

  private static Boolean overlap(Set<String> gold, Set<String> ours) {
    if (gold.isEmpty()) return null;
    return ours.stream().anyMatch(gold::contains);
  }
}
