package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Mention;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

class ThreadKeyTest {
  private static Claim peopleKilled() {
    return new Claim("killed", "people", new Span("12", 0, 2), 12.0, 12.0, "exact", null, "total",
        new Subject("people", null, 3, 9), null, null, null, false, new Span("12 people were killed.", 0, 22), "test");
  }

  private static Actor country(String id, int mentions) {
    Mention m = new Mention(id, 0, 3, "test");
    return new Actor(id, id, "country", id, null, java.util.Collections.nCopies(mentions, m));
  }

  @Test
  void aFigureWithNeitherStateNorPlaceIsGroupedInItsArticlesTheatre() {
    ThreadKey gaza = ThreadKey.of(peopleKilled(), List.of(country("ISR", 1), country("PSE", 3)));
    ThreadKey myanmar = ThreadKey.of(peopleKilled(), List.of(country("MMR", 2)));
    ThreadKey otherGaza = ThreadKey.of(peopleKilled(), List.of(country("PSE", 1)));

    assertEquals("PSE", gaza.place());
    assertNotEquals(gaza.id(), myanmar.id());
    assertEquals(gaza.id(), otherGaza.id());
  }
}
