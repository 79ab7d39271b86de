package org.sitrep.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Mention;
import org.sitrep.record.Place;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

class ThreadKeyTest {
  private static Claim peopleKilled() {
    return new Claim("killed", "people", new Span("12", 0, 2), 12.0, 12.0, "exact", null, "total",
        new Subject("people", null, 3, 9), null, null, null, false, new Span("12 people were killed.", 0, 22), "test");
  }

  private static Claim incident(String state, String place, TimeRef time) {
    Place where = place == null ? null : new Place(place, place, "UKR", 48.5, 35.0, "locality", 40, 40 + place.length());
    return new Claim("killed", "people", new Span("14", 0, 2), 14.0, 14.0, "exact", null, "incident",
        new Subject("people", state, 3, 9), where, time, null, false, new Span("14 people were killed.", 0, 22), "test");
  }

  private static Actor country(String id, int mentions) {
    Mention m = new Mention(id, 0, 3, "test");
    return new Actor(id, id, "country", id, null, java.util.Collections.nCopies(mentions, m));
  }

  @Test
  void theTheatreIsWhereTheArticlesFiguresArePlacedBeforeWhomItNames() {
    org.sitrep.record.Article a = new org.sitrep.record.Article("a1", null, null, "t", "2025-11-05", null, "en",
        "text", List.of(), org.sitrep.record.Article.ANALYZED, null, List.of(), null, null, null);
    List<Actor> actors = List.of(country("RUS", 5), country("UKR", 1));
    org.sitrep.record.Record placed = new org.sitrep.record.Record(1, a, actors,
        List.of(incident(null, "Kharkiv", null), peopleKilled()), List.of(), List.of());
    org.sitrep.record.Record unplaced = new org.sitrep.record.Record(1, a, actors, List.of(peopleKilled()),
        List.of(), List.of());

    assertEquals("UKR", ThreadKey.theatre(placed, actors));
    assertEquals("RUS", ThreadKey.theatre(unplaced, actors));
  }

  @Test
  void aFigureWithNeitherStateNorPlaceIsGroupedInItsArticlesTheatre() {
    ThreadKey gaza = ThreadKey.of(peopleKilled(), List.of(country("ISR", 1), country("PSE", 3)), "2025-03-08");
    ThreadKey myanmar = ThreadKey.of(peopleKilled(), List.of(country("MMR", 2)), "2025-03-08");
    ThreadKey otherGaza = ThreadKey.of(peopleKilled(), List.of(country("PSE", 1)), "2025-03-09");

    assertEquals("PSE", gaza.place());
    assertNotEquals(gaza.id(), myanmar.id());
    assertEquals(gaza.id(), otherGaza.id());
  }

  @Test
  void anIncidentPlacedOnlyInACountryIsKeyedAsOneWithNoPlace() {
    List<Actor> actors = List.of(country("NER", 3));
    TimeRef friday = new TimeRef("Friday", "2026-10-02", 30, 36);
    Claim unplaced = new Claim("killed", "people", new Span("31", 0, 2), 31.0, 31.0, "exact", null, "incident",
        new Subject("people", null, 3, 9), null, friday, null, false, new Span("31 people were killed.", 0, 22), "test");
    Claim inNiger = new Claim("killed", "people", new Span("18", 0, 2), 18.0, 18.0, "exact", null, "incident",
        new Subject("people", null, 3, 9), new Place("Niger", "Niger", "NER", 17.6, 8.1, "country", 40, 45), friday,
        null, false, new Span("18 people were killed in Niger.", 0, 31), "test");

    ThreadKey a = ThreadKey.of(unplaced, actors, "2026-10-03");
    ThreadKey b = ThreadKey.of(inNiger, actors, "2026-10-02");

    assertEquals("NER", b.place());
    assertEquals(a.id(), b.id());
  }

  @Test
  void anIncidentOfAStatesForcesPlacedNowhereIsKeyedInItsTheatreAsOnePlacedInTheCountry() {
    List<Actor> actors = List.of(country("UKR", 3), country("RUS", 1));
    TimeRef night = new TimeRef("overnight", "2025-07-01TNI", 30, 39);
    Claim atCities = new Claim("weapons", "drones", new Span("64", 0, 2), 64.0, 64.0, "exact", null, "incident",
        new Subject("drones", "RUS", 3, 9), null, night, null, false, new Span("Russia launched 64 drones.", 0, 26), "test");
    Claim atUkraine = new Claim("weapons", "drones", new Span("60", 0, 2), 60.0, 60.0, "exact", null, "incident",
        new Subject("drones", "RUS", 3, 9), new Place("Ukraine", "Ukraine", "UKR", 49.0, 32.0, "country", 40, 47), night,
        null, false, new Span("Russia launched 60 drones at Ukraine.", 0, 37), "test");

    assertEquals(ThreadKey.of(atUkraine, actors, "2025-07-02").id(), ThreadKey.of(atCities, actors, "2025-07-02").id());
  }

  @Test
  void aStatesWeaponsCountedByAnotherStateFlewOverTheCounter() {
    List<Actor> actors = List.of(country("UKR", 3), country("RUS", 1));
    TimeRef night = new TimeRef("overnight", "2025-07-01TNI", 30, 39);
    Claim downed = new Claim("weapons", "drones", new Span("41", 0, 2), 41.0, 41.0, "exact", null, "incident",
        new Subject("Ukrainian drones", "UKR", 3, 19), null, night, new Source("Russia's defence ministry", "RUS", 40, 65),
        false, new Span("Russia's defence ministry said it destroyed 41 Ukrainian drones.", 0, 64), "test");
    Claim launched = new Claim("weapons", "drones", new Span("60", 0, 2), 60.0, 60.0, "exact", null, "incident",
        new Subject("drones", "RUS", 3, 9), null, night, new Source("Ukraine's air force", "UKR", 40, 59), false,
        new Span("Russia launched 60 drones, Ukraine's air force said.", 0, 52), "test");

    assertEquals("RUS", ThreadKey.of(downed, actors, "2025-07-02").place());
    assertEquals("UKR", ThreadKey.of(launched, actors, "2025-07-02").place());
    List<Actor> russiaMost = List.of(country("RUS", 3), country("UKR", 1));
    Claim unsourced = new Claim("weapons", "drones", new Span("64", 0, 2), 64.0, 64.0, "exact", null, "incident",
        new Subject("drones", "RUS", 3, 9), null, night, null, false, new Span("Russia launched 64 drones.", 0, 26), "test");
    assertEquals("UKR", ThreadKey.of(unsourced, russiaMost, "2025-07-02").place(), "the other state, not Russia's own land");
  }

  @Test
  void anIncidentsFigureIsGroupedByItsDayAndPlaceNotWithTheWarsToll() {
    List<Actor> actors = List.of(country("UKR", 2));
    TimeRef friday = new TimeRef("late on Friday", "2025-03-07", 30, 44);
    ThreadKey dnipro = ThreadKey.of(incident("UKR", "Dnipro", friday), actors, "2025-03-08");
    ThreadKey sameStrikeNextDay = ThreadKey.of(incident("UKR", "Dnipro", friday), actors, "2025-03-09");
    ThreadKey kharkiv = ThreadKey.of(incident("UKR", "Kharkiv", friday), actors, "2025-03-08");
    ThreadKey undated = ThreadKey.of(incident("UKR", "Dnipro", null), actors, "2025-03-10");
    ThreadKey warToll = ThreadKey.of(peopleKilled(), actors, "2025-03-08");

    assertEquals("2025-03-07", dnipro.incident());
    assertEquals("dnipro", dnipro.place());
    assertEquals(dnipro.id(), sameStrikeNextDay.id());
    assertNotEquals(dnipro.id(), kharkiv.id());
    assertEquals("2025-03-10", undated.incident(), "an undated incident is the article's day");
    TimeRef lastWeek = new TimeRef("last week", "2025-W10", 30, 39);
    assertEquals("2025-W10", ThreadKey.of(incident("UKR", "Dnipro", lastWeek), actors, "2025-03-12").incident(),
        "an incident known by its week is that week's");
    TimeRef march = new TimeRef("March", "2025-03", 30, 35);
    assertEquals("2025-03", ThreadKey.of(incident("UKR", "Dnipro", march), actors, "2025-11-12").incident(),
        "an incident of an earlier month is that month's");
    assertEquals("2025-03-20", ThreadKey.of(incident("UKR", "Dnipro", march), actors, "2025-03-20").incident(),
        "one of the report's own month may be of its day");
    assertNotEquals(dnipro.id(), warToll.id());
    assertEquals(null, warToll.incident());
  }

  @Test
  void aNightIsAnIncidentOfItsOwnWhicheverDayReportsIt() {
    List<Actor> actors = List.of(country("UKR", 2));
    // "on Friday night" in Saturday's report, and "overnight" in another of the same morning
    ThreadKey fridayNight = ThreadKey.of(incident("UKR", null, new TimeRef("Friday night", "2025-03-07TNI", 30, 42)),
        actors, "2025-03-08");
    ThreadKey overnight = ThreadKey.of(incident("UKR", null, new TimeRef("overnight", "2025-03-07TNI", 30, 39)),
        actors, "2025-03-08");
    ThreadKey friday = ThreadKey.of(incident("UKR", null, new TimeRef("on Friday", "2025-03-07", 30, 39)), actors,
        "2025-03-08");
    ThreadKey evening = ThreadKey.of(incident("UKR", null, new TimeRef("Friday evening", "2025-03-07TEV", 30, 44)),
        actors, "2025-03-08");

    assertEquals("2025-03-07TNI", fridayNight.incident());
    assertEquals(fridayNight.id(), overnight.id());
    assertNotEquals(friday.id(), fridayNight.id(), "the night's barrage is not the day's strike");
    assertEquals(friday.id(), evening.id(), "an evening is its day's");
    assertEquals(friday.family(null), fridayNight.family(null), "the day and its night are one family");
  }

  @Test
  void theSmallHoursOfADayAreTheNightBeforeIt() {
    List<Actor> actors = List.of(country("UKR", 2));
    String text = "Drones struck Kyiv in the early hours of Saturday. A pre-dawn attack on Saturday hit Odesa."
        + " Shelling hit Kherson on Saturday. Drones hit Sumy early on Saturday.";
    int first = text.indexOf("Saturday");
    int second = text.indexOf("Saturday", first + 1);
    int third = text.indexOf("Saturday", second + 1);
    int fourth = text.indexOf("Saturday", third + 1);
    ThreadKey smallHours = ThreadKey.of(incident("UKR", null, new TimeRef("Saturday", "2025-03-08", first, first + 8)),
        actors, "UKR", "2025-03-08", text);
    ThreadKey preDawn = ThreadKey.of(incident("UKR", null, new TimeRef("Saturday", "2025-03-08", second, second + 8)),
        actors, "UKR", "2025-03-08", text);
    ThreadKey daytime = ThreadKey.of(incident("UKR", null, new TimeRef("Saturday", "2025-03-08", third, third + 8)),
        actors, "UKR", "2025-03-08", text);

    assertEquals("2025-03-07TNI", smallHours.incident());
    assertEquals("2025-03-07TNI", preDawn.incident());
    assertEquals("2025-03-08", daytime.incident());
    assertEquals("2025-03-07TNI", ThreadKey.of(incident("UKR", null, new TimeRef("Saturday", "2025-03-08", fourth, fourth + 8)),
        actors, "UKR", "2025-03-08", text).incident(), "early on Saturday");
  }

  @Test
  void theTheatreCountsABodysMentionsForItsCountryAndNeedsAMention() {
    List<Actor> actors = List.of(
        new Actor("THA", "Thailand", "country", "THA", null, List.of()),
        new Actor("UKR", "Ukraine", "country", "UKR", null, List.of(new Mention("Ukraine", 0, 7, "t"))),
        new Actor("mmr-armed-forces", "Myanmar military", "organization", "MMR", "MMR", List.of(
            new Mention("Myanmar military", 10, 26, "t"),
            new Mention("the military", 40, 52, "t"))));

    assertEquals("MMR", ThreadKey.theatre(actors));
    assertNull(ThreadKey.theatre(actors.subList(0, 1)), "a country never named is no theatre");
  }

  private static Claim totalIn(String state, String place, String precision) {
    Place where = place == null ? null : new Place(place, place, "SDN", 13.2, 30.2, precision, 40, 40 + place.length());
    return new Claim("killed", "people", new Span("600", 0, 3), 600.0, 600.0, "exact", null, "total",
        new Subject("people", state, 4, 10), where, null, null, false, new Span("600 people were killed.", 0, 23), "test");
  }

  @Test
  void aTownsTotalIsItsOwnButARegionsStaysWithItsCountry() {
    List<Actor> actors = List.of(country("SDN", 3));
    ThreadKey nation = ThreadKey.of(totalIn(null, null, null), actors, "2026-02-18");
    ThreadKey city = ThreadKey.of(totalIn(null, "El Obeid", "locality"), actors, "2026-02-18");
    ThreadKey citizens = ThreadKey.of(totalIn("SDN", "El Obeid", "locality"), actors, "2026-02-25");
    ThreadKey region = ThreadKey.of(totalIn(null, "North Kordofan", "region"), actors, "2026-02-18");
    ThreadKey country = ThreadKey.of(totalIn(null, "Sudan", "country"), actors, "2026-02-18");

    assertEquals("el obeid", city.place());
    assertNotEquals(nation.id(), city.id());
    assertEquals(city.id(), ThreadKey.of(totalIn(null, "El Obeid", "locality"), actors, "2026-03-01").id());
    assertEquals("el obeid", citizens.place());
    assertEquals(nation.id(), region.id());
    assertEquals(nation.id(), country.id());
  }

  @Test
  void aTownsCountFromARecentDayIsTheTownsWhateverDayEachReportStartsItFrom() {
    String text = "Some 10,000 people have fled Bara since Saturday.";
    int at = text.indexOf("Saturday");
    Place bara = new Place("Bara", "Bara", "SDN", 13.7, 30.4, "locality", text.indexOf("Bara"), text.indexOf("Bara") + 4);
    Claim fled = new Claim("displaced", "people", new Span("10,000", 5, 11), 10000.0, 10000.0, "approximate", null,
        "total", new Subject("people", null, 12, 18), bara, new TimeRef("Saturday", "2026-02-07", at, at + 8), null,
        false, new Span(text, 0, text.length()), "test");
    Claim unplaced = new Claim("displaced", "people", new Span("10,000", 5, 11), 10000.0, 10000.0, "approximate", null,
        "total", new Subject("people", null, 12, 18), null, new TimeRef("Saturday", "2026-02-07", at, at + 8), null,
        false, new Span(text, 0, text.length()), "test");

    assertNull(ThreadKey.of(fled, List.of(), "SDN", "2026-02-10", text).period());
    assertEquals("since 2026-02", ThreadKey.of(unplaced, List.of(), "SDN", "2026-02-10", text).period());
  }
}
