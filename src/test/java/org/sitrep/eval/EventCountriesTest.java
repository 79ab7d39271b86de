package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMentions;
import org.sitrep.record.Actor;

class EventCountriesTest {
  private final ActorMentions actors = ActorMentions.of(List.of(), List.of(
      new Actor("UKR", "Ukraine", "country", "UKR", null, List.of()),
      new Actor("UN", "United Nations", "international", null, null, List.of()),
      new Actor("petrov", "Petrov", "person", null, "UN", List.of()),
      new Actor("kovalenko", "Kovalenko", "person", "UKR", "UKR", List.of()),
      new Actor("nobody", "Nobody", "person", null, null, List.of())));

  @Test
  void aPersonCodesAsTheBodyOrStateHeActsFor() {
    assertEquals("IGO", EventCountries.of("petrov", actors));
    assertEquals("UKR", EventCountries.of("kovalenko", actors));
    assertNull(EventCountries.of("nobody", actors));
  }
}
