package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Event;
import org.sitrep.record.Place;

class EventMergerTest {
  private static final Place GAZA_CITY = new Place("Gaza City", "Gaza City", "PSE", 31.5, 34.47, "locality", 0, 9);
  private static final Place RAFAH = new Place("Rafah", "Rafah", "PSE", 31.29, 34.25, "locality", 20, 25);
  private static final Place PALESTINE = new Place("Palestinian", "Palestine", "PSE", 31.9, 35.2, "country", 30, 41);

  private static Event assault(String actor, Place place, String trigger) {
    return new Event("ASSAULT", null, List.of(actor), List.of(), place, null, false, false, false, trigger,
        List.of(), "events.lexicon");
  }

  @Test
  void oneSidesAttacksInTwoTownsAreTwoEvents() {
    EventMerger merger = new EventMerger(id -> id.equals("isr-armed-forces") ? "ISR" : id);
    merger.add(assault("ISR", GAZA_CITY, "strikes"), false, null);
    merger.add(assault("isr-armed-forces", RAFAH, "killed"), false, null);
    assertEquals(2, merger.events().size());
  }

  @Test
  void anAttackWithoutAPlaceOrInTheTownsCountryIsTheSameEvent() {
    EventMerger merger = new EventMerger(id -> id.equals("isr-armed-forces") ? "ISR" : id);
    merger.add(assault("ISR", GAZA_CITY, "strikes"), false, null);
    merger.add(assault("isr-armed-forces", null, "struck"), false, null);
    merger.add(assault("ISR", PALESTINE, "attack"), false, null);
    assertEquals(1, merger.events().size());
  }

  @Test
  void aDefiniteMentionWithADoerNamesTheDoerOfTheLatestUnclaimedAct() {
    EventMerger merger = new EventMerger(id -> id);
    Event unclaimed = new Event("ASSAULT", null, List.of(), List.of("PSE"), RAFAH, null, false, false, false,
        "attacked", List.of(), "events.lexicon");
    merger.add(unclaimed, false, "attack");
    merger.add(assault("HAMAS", null, "attack"), true, "attack");
    assertEquals(1, merger.events().size());
    assertEquals(List.of("HAMAS"), merger.events().get(0).actors());
    assertEquals("Rafah", merger.events().get(0).place().name());

    EventMerger indefinite = new EventMerger(id -> id);
    indefinite.add(unclaimed, false, "attack");
    indefinite.add(assault("HAMAS", null, "attack"), false, "attack");
    assertEquals(2, indefinite.events().size(), "an attack of its own is another act");

    EventMerger self = new EventMerger(id -> id);
    self.add(new Event("RETREAT", "release", List.of(), List.of("PSE"), null, null, false, false, false,
        "released", List.of(), "events.lexicon"), false, "release");
    self.add(new Event("RETREAT", "release", List.of("PSE"), List.of(), null, null, false, false, false,
        "release", List.of(), "events.lexicon"), true, "release");
    assertEquals(2, self.events().size(), "the one released is not the one who releases");
  }

  @Test
  void aNightIsItsOwnDayAndTheDayItRunsInto() {
    assertTrue(EventMerger.sameTime("2025-03-07", "2025-03-07TNI"), "late on Friday, and overnight in Saturday's report");
    assertTrue(EventMerger.sameTime("2025-03-08", "2025-03-07TNI"), "early on Saturday, and Friday night");
    assertTrue(EventMerger.sameTime("2025-03-07TNI", "2025-03-08"));
    assertTrue(EventMerger.sameTime("2025-03-08T06:00", "2025-03-08"));
    assertFalse(EventMerger.sameTime("2025-03-06", "2025-03-07TNI"));
    assertFalse(EventMerger.sameTime("2025-03-09", "2025-03-07TNI"));
    assertFalse(EventMerger.sameTime("2025-03-07", "2025-03-08"));
    assertFalse(EventMerger.sameTime("2025-03", "2025-03-08"));
  }

  @Test
  void aCampaignSinceADateIsNotTheDaysAttack() {
    EventMerger merger = new EventMerger(id -> id);
    Event campaign = new Event("ASSAULT", null, List.of("HOUTHIS"), List.of(), null,
        new org.sitrep.record.TimeRef("November 2023", "2023-11", 40, 53), false, false, false, "attacked",
        List.of(), "events.lexicon");
    merger.add(assault("HOUTHIS", null, "fired"), false, "fire");
    merger.add(campaign, false, "attack", true);
    assertEquals(2, merger.events().size());
    assertEquals(null, merger.events().get(0).time());
  }

  @Test
  void anAirRaidAndATakenVillageAreTwoEvents() {
    EventMerger merger = new EventMerger(id -> id.equals("rus-defence-ministry") ? "RUS" : id);
    Event raid = new Event("ASSAULT", "aerial", List.of("RUS"), List.of("UKR"), null, null, false, false, false,
        "launched", List.of(), "events.lexicon");
    Event taken = new Event("ASSAULT", "occupy", List.of("rus-defence-ministry"), List.of(), null, null, false, false,
        false, "taken", List.of(), "events.lexicon");
    merger.add(raid, false, null);
    merger.add(taken, false, null);
    assertEquals(2, merger.events().size());
  }

  @Test
  void theStrikesAreTheEventStruckNotTheLatestAttack() {
    EventMerger merger = new EventMerger(id -> id);
    merger.add(assault("USA", null, "struck"), false, "strike");
    merger.add(assault("HOUTHIS", null, "attack"), false, "attack");
    Event anaphor = new Event("ASSAULT", null, List.of(), List.of(), RAFAH, null, false, false, false, "strikes",
        List.of(), "events.lexicon");
    merger.add(anaphor, true, "strike");
    assertEquals(RAFAH, merger.events().get(0).place());
    assertEquals(null, merger.events().get(1).place());
  }

  @Test
  void placesInTwoCountriesNeverMatch() {
    Place kyiv = new Place("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "locality", 0, 4);
    assertFalse(EventMerger.samePlace(kyiv, PALESTINE));
    assertTrue(EventMerger.samePlace(RAFAH, RAFAH));
    assertTrue(EventMerger.samePlace(null, RAFAH));
  }
}
