package org.sitrep.record;

import java.util.List;

/**
 * A PLOVER event.
 *
 * @param type one of the 16 PLOVER event types, such as MOBILIZE or ASSAULT
 * @param mode the PLOVER mode, such as troops or aerial, or null
 * @param evidence every span of the text that reports this event
 */
public record Event(
    String type, String mode, List<String> actors, List<String> recipients, Place place,
    TimeRef time, boolean negated, boolean hypothetical, boolean future, String trigger,
    List<Span> evidence, String finder) {

  public Event {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    evidence = List.copyOf(evidence);
  }
}
