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
  void aFigureSpreadOverTheCountryIsNotTheTowns() {
    String text = "Nine people were killed across Somalia. In Mogadishu, 9 people were wounded. Nine more were hurt"
        + " across the country.";
    int somalia = text.indexOf("Somalia");
    int mogadishu = text.indexOf("Mogadishu");
    Claim across = incident("killed", new Place("Somalia", "Somalia", "SOM", 5.15, 46.2, "country", somalia, somalia + 7),
        SATURDAY, text, 0);
    Claim town = incident("wounded", new Place("Mogadishu", "Mogadishu", "SOM", 2.04, 45.34, "locality", mogadishu,
        mogadishu + 9), SATURDAY, text, 1);
    Claim country = incident("wounded", null, SATURDAY, text, 2);
    Claim inTown = incident("missing", new Place("Somalia", "Somalia", "SOM", 5.15, 46.2, "country", 0, 0),
        SATURDAY, text, 1);
    IncidentPlaces places = IncidentPlaces.of(record(text, across, town, country), "2026-06-21");

    assertEquals("Somalia", places.placed(across, "2026-06-21", null).place().name());
    assertNull(places.placed(country, "2026-06-21", null).place());
    assertEquals("Mogadishu", places.placed(inTown, "2026-06-21", null).place().name());
  }

  @Test
  void aFigureTheStoryPlacedInTheCountryBeforeItCameToTheTownIsTheCountrys() {
    String text = "Nine people were killed in Somalia. In Mogadishu, 4 people were killed.";
    int somalia = text.indexOf("Somalia");
    int mogadishu = text.indexOf("Mogadishu");
    Claim national = incident("killed", new Place("Somalia", "Somalia", "SOM", 5.15, 46.2, "country", somalia,
        somalia + 7), SATURDAY, text, 0);
    Claim town = incident("killed", new Place("Mogadishu", "Mogadishu", "SOM", 2.04, 45.34, "locality", mogadishu,
        mogadishu + 9), SATURDAY, text, 1);
    Claim unplaced = incident("wounded", null, SATURDAY, text, 0);
    IncidentPlaces places = IncidentPlaces.of(record(text, national, town, unplaced), "2026-06-21");

    assertEquals("Somalia", places.placed(national, "2026-06-21", null).place().name());
    assertEquals("Mogadishu", places.placed(unplaced, "2026-06-21", null).place().name());
  }

  /** An incident figure whose evidence is the text's sentence {@code sentence} (0-based, split at ". "). */
  private static Claim incident(String measure, Place place, TimeRef time, String text, int sentence) {
    int start = 0;
    for (int i = 0; i < sentence; i++) start = text.indexOf(". ", start) + 2;
    int end = text.indexOf('.', start) + 1;
    return new Claim(measure, "people", new Span("9", start, start + 1), 9.0, 9.0, "exact", null, "incident",
        null, place, time, null, false, new Span(text.substring(start, end), start, end), "test");
  }

  private static Record record(String text, Claim... claims) {
    Article a = new Article("a1", null, null, "t", "2026-06-21", null, "en", text, List.of(), Article.ANALYZED, null,
        List.of(), null, null, null);
    return new Record(1, a, List.of(), List.of(claims), List.of(), List.of());
  }

  @Test
  void aStatesWeaponsAreNotPlacedInItsOwnTown() {
    Claim drones = incident("weapons", null, SATURDAY);
    IncidentPlaces places = IncidentPlaces.of(record(incident("killed", TOWN, SATURDAY), drones), "2026-06-21");

    assertNull(places.placed(drones, "2026-06-21", "SOM").place(), "the town's own state's drones struck elsewhere");
    assertEquals("Mogadishu", places.placed(drones, "2026-06-21", "ETH").place().name());
  }
}
