package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentLineTest {
  static ThreadLine line(String id, String subject, String measure, String latest, String day, String place,
      String claimant, String... flags) {
    return new ThreadLine(id, subject, measure, day == null ? "total" : "incident", latest, latest, 1, List.of(flags),
        day, 1, 1, "", List.of(claimant + ": " + latest + " (" + day + ")"), day, place, null);
  }

  @Test
  void threadsOfOneDayAndPlaceAreOneIncidentAndTotalsNone() {
    List<IncidentLine> incidents = IncidentLine.of(List.of(
        line("F1", "people", "killed", "16", "2025-06-10", "kharkiv", "the governor"),
        line("F2", "people", "wounded", "41", "2025-06-10", "kharkiv", "the minister"),
        line("F3", "civilians", "killed", "12,000", null, "UKR", "the UN"),
        line("F4", "drones", "weapons launched", "54", "2025-06-12", "odesa", "the air force")));
    assertEquals(2, incidents.size());
    IncidentLine odesa = incidents.get(0);
    assertEquals("2025-06-12", odesa.day());
    assertEquals("Odesa", odesa.place());
    assertEquals(List.of("54 drones launched"), odesa.figures());
    IncidentLine kharkiv = incidents.get(1);
    assertEquals("Kharkiv", kharkiv.place());
    assertEquals(List.of("16 people killed", "41 people wounded"), kharkiv.figures());
    assertEquals(List.of("the governor", "the minister"), kharkiv.claimants());
  }

  @Test
  void anIncidentKnownByItsWeekJoinsTheOneIncidentOfThatWeekAtItsPlace() {
    List<IncidentLine> joined = IncidentLine.of(List.of(
        line("F1", "people", "killed", "70", "2026-10-01", "haiti", "the UN"),
        line("F2", "people", "killed", "115", "2026-W40", "HTI", "the agency"),
        line("F3", "people", "killed", "9", "2026-W41", "HTI", "the agency")));

    assertEquals(2, joined.size(), joined::toString);
    assertEquals("2026-10-01", joined.get(1).day());
    assertEquals(List.of("70 people killed", "115 people killed"), joined.get(1).figures());
    assertEquals("2026-W41", joined.get(0).day(), "no incident that week: on its own");
  }

  @Test
  void aThreadWithoutANamedPlaceJoinsTheDaysOnlyNamedPlace() {
    List<IncidentLine> one = IncidentLine.of(List.of(
        line("F1", "people", "killed", "16", "2025-06-10", "kharkiv", "the governor"),
        line("F2", "children", "wounded", "6", "2025-06-10", null, "the minister"),
        line("F3", "buildings", "infrastructure", "9", "2025-06-10", "UKR", "the mayor")));
    assertEquals(1, one.size());
    assertEquals(List.of("16 people killed", "6 children wounded", "9 buildings (infrastructure)"), one.get(0).figures());
  }

  @Test
  void aThreadPlacedInAnotherStateThanTheNamedPlacesStandsApart() {
    List<ThreadLine> lines = List.of(
        inArea(line("F1", "people", "killed", "3", "2025-08-13TNI", "kharkiv", "the mayor"), "UKR"),
        inArea(line("F2", "drones", "weapons launched", "87", "2025-08-13TNI", "UKR", "the air force"), "UKR"),
        inArea(line("F3", "Ukrainian drones", "weapons intercepted", "41", "2025-08-13TNI", "RUS", "the ministry"), "RUS"));

    List<IncidentLine> two = IncidentLine.of(lines);

    assertEquals(List.of("Kharkiv", "Russia"), two.stream().map(IncidentLine::place).toList());
    assertEquals(List.of("3 people killed", "87 drones launched"), two.get(0).figures());
    assertEquals("2025-08-13 night", two.get(0).when());
  }

  private static ThreadLine inArea(ThreadLine l, String area) {
    return new ThreadLine(l.id(), l.subject(), l.measure(), l.kind(), l.latest(), l.envelope(), l.claimants(), l.flags(),
        l.lastDay(), l.claims(), l.stories(), l.basis(), l.latestByClaimant(), l.incident(), l.place(), area);
  }

  @Test
  void withTwoNamedPlacesThatDayTheUnplacedStandsApartByState() {
    List<IncidentLine> three = IncidentLine.of(List.of(
        line("F1", "people", "killed", "16", "2025-06-10", "kharkiv", "the governor"),
        line("F2", "people", "killed", "3", "2025-06-10", "sumy", "the mayor"),
        line("F3", "soldiers", "casualties", "20", "2025-06-10", "RUS", "the ministry", "disputed")));
    assertEquals(List.of("Kharkiv", "Sumy", "Russia"), three.stream().map(IncidentLine::place).toList());
    assertEquals(List.of("20 soldiers killed or wounded"), three.get(2).figures());
    assertTrue(three.get(2).disputed());
    assertFalse(three.get(0).disputed());
  }

  @Test
  void aSubjectThatOnlyNamesTheHarmIsSaidOnce() {
    assertEquals("63 wounded", IncidentLine.phrase(line("F1", "wounded", "wounded", "63", "2025-09-19", "el fasher", "MSF")));
    assertEquals("11 killed", IncidentLine.phrase(line("F2", "toll", "killed", "11", "2025-10-04", "kharkiv", "governor")));
    assertEquals("43 killed", IncidentLine.phrase(line("F3", "bodies", "killed", "43", "2025-06-14", "yelwata", "police")));
  }

  @Test
  void aPlacesNameIsShownCapitalised() {
    assertEquals("Port Sudan", IncidentLine.display("port sudan"));
    assertEquals("Port-Au-Prince", IncidentLine.display("port-au-prince"));
  }
}
