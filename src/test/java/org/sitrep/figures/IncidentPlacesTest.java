package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

class IncidentPlacesTest {
  private static final TimeRef SATURDAY = new TimeRef("Saturday", "2026-06-20", 0, 8);
  private static final Place TOWN = new Place("Mogadishu", "Mogadishu", "SOM", 2.04, 45.34, "locality", 0, 9);
  private static final Place REGION = new Place("Banaadir", "Banaadir", "SOM", 2.07, 45.37, "region", 0, 8);
  private static final Place FAR_REGION = new Place("Bari", "Bari", "SOM", 10.0, 49.5, "region", 0, 4);
  private static final Place COUNTRY = new Place("Somalia", "Somalia", "SOM", 5.15, 46.2, "country", 0, 7);
  private static final Place OTHER_TOWN = new Place("Baidoa", "Baidoa", "SOM", 3.11, 43.65, "locality", 0, 6);

  private static Claim incident(String measure, Place place, TimeRef time) {
    return new Claim(measure, "people", new Span("9", 0, 1), 9.0, 9.0, "exact", null, "incident",
        new Subject("people", null, 2, 8), place, time, null, false, new Span("9 people", 0, 8), "test");
  }

  private static Record record(Claim... claims) {
    Article a = new Article("a1", null, null, "t", "2026-06-21", null, "en", "text", List.of(), Article.ANALYZED, null,
        List.of(), null, null, null);
    return new Record(1, a, List.of(), List.of(claims), List.of(), List.of());
  }

  @Test
  void theIncidentsFiguresWithACoarserPlaceTakeTheTownTheStoryNames() {
    Record r = record(incident("killed", TOWN, SATURDAY), incident("wounded", null, SATURDAY),
        incident("wounded", COUNTRY, SATURDAY), incident("missing", REGION, SATURDAY));
    IncidentPlaces places = IncidentPlaces.of(r, "2026-06-21");

    for (Claim c : r.claims()) assertEquals("Mogadishu", places.placed(c, "2026-06-21", null).place().name());
  }

  @Test
  void aStoryOfTwoTownsOrOfAFarRegionOrOfAnotherDayLeavesPlacesAsTheyAre() {
    Claim unplaced = incident("wounded", null, SATURDAY);
    Record twoTowns = record(incident("killed", TOWN, SATURDAY), incident("killed", OTHER_TOWN, SATURDAY), unplaced);
    Record farRegion = record(incident("killed", TOWN, SATURDAY), incident("killed", FAR_REGION, SATURDAY), unplaced);
    Record otherDay = record(incident("killed", TOWN, new TimeRef("Friday", "2026-06-19", 0, 6)), unplaced);

    assertNull(IncidentPlaces.of(twoTowns, "2026-06-21").placed(unplaced, "2026-06-21", null).place());
    assertNull(IncidentPlaces.of(farRegion, "2026-06-21").placed(unplaced, "2026-06-21", null).place());
    assertNull(IncidentPlaces.of(otherDay, "2026-06-21").placed(unplaced, "2026-06-21", null).place());
  }

  @Test
  void aStatesWeaponsAreNotPlacedInItsOwnTown() {
    Claim drones = incident("weapons", null, SATURDAY);
    IncidentPlaces places = IncidentPlaces.of(record(incident("killed", TOWN, SATURDAY), drones), "2026-06-21");

    assertNull(places.placed(drones, "2026-06-21", "SOM").place(), "the town's own state's drones struck elsewhere");
    assertEquals("Mogadishu", places.placed(drones, "2026-06-21", "ETH").place().name());
  }
}
