package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Article;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Rows.ClaimRow;

/** The behaviour every dialect must show; one subclass per dialect supplies a fresh database. */
abstract class StoreContract {
  static final String V1 = "test-1";
  static final String V2 = "test-2";

  String location;
  Store store;

  /** A location for an empty database, new for each test. */
  abstract String freshLocation() throws Exception;

  /** Drops what {@link #freshLocation} made. */
  abstract void dropFresh() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    location = freshLocation();
    store = Store.open(location);
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
    dropFresh();
  }

  Connection jdbc() throws SQLException {
    return DriverManager.getConnection(Location.parse(location).jdbcUrl());
  }

  long count(String table) throws SQLException {
    try (Connection c = jdbc(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void roundTripIsExact() {
    Record record = Fixtures.drones();
    assertEquals(PutResult.STORED, store.put(record, V1));
    Record back = store.get(record.article().id()).orElseThrow();
    assertEquals(record, back);
    assertEquals(RecordJson.toJson(record), RecordJson.toJson(back));
  }

  @Test
  void rejectedRecordRoundTrips() {
    Article a = Fixtures.gaza().article().withOutcome(Article.REJECTED, "not news");
    Record rejected = Record.rejected(a);
    store.put(rejected, V1);
    assertEquals(rejected, store.get(a.id()).orElseThrow());
  }

  @Test
  void rePutWithSameVersionIsDuplicateAndWritesNothing() throws SQLException {
    store.put(Fixtures.drones(), V1);
    assertEquals(PutResult.DUPLICATE, store.put(Fixtures.drones(), V1));
    assertEquals(1, count("articles"));
    assertEquals(2, count("claims"));
  }

  @Test
  void sameTextFromAnotherPathIsDuplicate() {
    store.put(Fixtures.drones(), V1);
    Record r = Fixtures.drones();
    Article a = r.article();
    Article moved = new Article(a.id() + "x", "/tmp/other.txt", null, a.title(), a.published(),
        a.source(), a.language(), a.text() + "\n", a.removed(), a.outcome(), a.reason(), a.authors(),
        a.modified(), null, a.site());
    Record copy = new Record(r.schema(), moved, r.actors(), r.claims(), r.quotes(), r.events());
    assertEquals(PutResult.DUPLICATE, store.put(copy, V1));
  }

  @Test
  void newAnalysisVersionReplacesTheRecord() throws SQLException {
    Record first = Fixtures.drones();
    store.put(first, V1);
    Record second = new Record(first.schema(), first.article(), first.actors(),
        first.claims().subList(0, 1), List.of(), first.events());
    assertEquals(PutResult.UPDATED, store.put(second, V2));
    assertEquals(second, store.get(first.article().id()).orElseThrow());
    assertEquals(1, count("claims"));
    assertEquals(0, count("quotes"));
  }

  @Test
  void syndicatedCopyWithSmallEditsIsLinkedToTheStory() {
    store.put(Fixtures.drones(), V1);
    assertEquals(PutResult.NEAR_DUPLICATE_LINKED, store.put(Fixtures.dronesCopy(), V1));
    assertEquals(PutResult.STORED, store.put(Fixtures.gaza(), V1));
    List<ClaimRow> launched = store.claims(new Queries.Claims(null, null, "launched", null, null, 0));
    assertEquals(1, launched.size(), "one story counted once");
    assertEquals(List.of("Eastwire", "Northwire"), launched.get(0).outlets());
    assertEquals(Fixtures.drones().article().id(), launched.get(0).storyId());
  }

  @Test
  void deleteRemovesEveryChildRow() throws SQLException {
    String id = Fixtures.drones().article().id();
    store.put(Fixtures.drones(), V1);
    assertTrue(store.delete(id));
    assertTrue(store.get(id).isEmpty());
    for (String table : List.of("articles", "claims", "quotes", "events", "event_actors",
        "article_actors", "actor_mentions", "story_bands", "evidence_spans", "bodies")) {
      assertEquals(0, count(table), table);
    }
    assertTrue(store.search("drones", 10).isEmpty());
    assertTrue(store.actors(null, 0).isEmpty());
    assertFalse(store.delete(id));
  }

  @Test
  void fullTextSearchFindsStemmedWordsWithASnippet() {
    store.put(Fixtures.drones(), V1);
    store.put(Fixtures.gaza(), V1);
    var hits = store.search("drone", 10);
    assertEquals(1, hits.size());
    assertEquals(Fixtures.drones().article().id(), hits.get(0).articleId());
    assertTrue(hits.get(0).snippet().contains("[drones]"), hits.get(0).snippet());
    assertEquals(1, store.search("hospital beds", 10).size());
    assertEquals(0, store.search("hospital drones", 10).size());
    assertEquals(0, store.search("\"(*", 10).size());
  }

  @Test
  void hasFindsByIdPathUrlAndHash() {
    Record r = Fixtures.drones();
    store.put(r, V1);
    assertTrue(store.has(r.article().id()));
    assertTrue(store.has(r.article().url()));
    assertTrue(store.has(Columns.contentHash(r.article().text())));
    assertFalse(store.has("https://elsewhere.example/"));
  }

  @Test
  void hasSkipsRejectedInputsButRetriesFailedOnes() {
    store.recordOutcome(new Outcome("a.html", Outcome.REJECTED, "no article text", "extract"));
    store.recordOutcome(new Outcome("b.html", Outcome.FAILED, "parser crashed", "nlp"));
    assertTrue(store.has("a.html"));
    assertFalse(store.has("b.html"));
  }

  @Test
  void articlesFilterByPeriodAndSource() {
    putAll();
    assertEquals(3, store.articles(new Queries.Articles(null, null, null, 0)).size());
    assertEquals(2, store.articles(new Queries.Articles(day("2025-01-01"), null, null, 0)).size());
    assertEquals(1, store.articles(new Queries.Articles(null, day("2024-12-31"), null, 0)).size());
    var south = store.articles(new Queries.Articles(null, null, "southpost", 0));
    assertEquals(1, south.size());
    assertEquals(1, south.get(0).claims());
  }

  @Test
  void claimsFilterByTextActorMeasureAndPeriod() {
    putAll();
    assertEquals(3, store.claims(Queries.Claims.all()).size());
    assertEquals(2, store.claims(new Queries.Claims(null, null, "killed", null, null, 0)).size());
    assertEquals(1, store.claims(new Queries.Claims("RESIDENTIAL", null, null, null, null, 0)).size());
    assertEquals(1, store.claims(new Queries.Claims(null, "PSE-MOH", null, null, null, 0)).size());
    assertEquals(1, store.claims(new Queries.Claims(null, null, "killed", day("2025-01-01"), null, 0)).size());
    assertEquals(1, store.claims(new Queries.Claims(null, null, null, null, day("2024-04-12"), 0)).size());
    assertEquals(0, store.claims(new Queries.Claims("100%", null, null, null, null, 0)).size());
    ClaimRow row = store.claims(new Queries.Claims(null, "PSE-MOH", null, null, null, 0)).get(0);
    assertEquals("The health ministry in Gaza", row.claimant());
    assertEquals("Southpost", row.outlet());
    assertEquals("2024-04-12", row.date());
    assertTrue(row.evidence().startsWith("GAZA CITY"), row.evidence());
  }

  @Test
  void quotesFilterBySpeakerIdOrTextAndDate() {
    putAll();
    assertEquals(2, store.quotes(new Queries.Quotes(null, null, null, 0)).size());
    assertEquals(1, store.quotes(new Queries.Quotes("UKR", null, null, 0)).size());
    assertEquals(1, store.quotes(new Queries.Quotes("khan younis", null, null, 0)).size());
    assertEquals(1, store.quotes(new Queries.Quotes(null, day("2025-01-01"), null, 0)).size());
    assertEquals(1, store.quotes(new Queries.Quotes(null, null, day("2024-12-31"), 0)).size());
  }

  @Test
  void eventsFilterByTypeActorAndPeriod() {
    putAll();
    assertEquals(2, store.events(new Queries.Events("assault", null, null, null, 0)).size());
    var russian = store.events(new Queries.Events(null, "RUS", null, null, 0));
    assertEquals(1, russian.size());
    assertEquals(List.of("UKR"), russian.get(0).recipients());
    assertEquals(2, russian.get(0).outlets().size());
    assertEquals(1, store.events(new Queries.Events(null, "UKR", null, null, 0)).size());
    assertEquals(0, store.events(new Queries.Events("PROTEST", null, null, null, 0)).size());
    assertEquals(1, store.events(new Queries.Events(null, null, null, day("2024-12-31"), 0)).size());
  }

  @Test
  void twoPlacesStruckInOneStoryAreTwoEvents() {
    Record gaza = Fixtures.gaza();
    Event strike = gaza.events().get(0);
    List<Event> two = new java.util.ArrayList<>();
    for (String town : List.of("Khan Yunis", "Rafah")) {
      two.add(new Event(strike.type(), strike.mode(), strike.actors(), strike.recipients(),
          new Place(town, town, "PSE", 31.3, 34.3, "locality", null, null), null, false, false, false,
          strike.trigger(), strike.evidence(), strike.finder()));
    }
    store.put(new Record(gaza.schema(), gaza.article(), gaza.actors(), gaza.claims(), gaza.quotes(), two), V1);
    assertEquals(2, store.eventSites(new EventSite.Filter(null, null, null, null, null, 0)).size());
    assertEquals(2, store.events(new Queries.Events(null, null, null, null, 0)).size());
  }

  @Test
  void eventSitesCarryPlaceAndCoordinatesAndFilterByPlace() {
    store.put(Fixtures.drones(), V1);
    store.put(Fixtures.dronesCopy(), V1);
    Record gaza = Fixtures.gaza();
    Event strike = gaza.events().get(0);
    Event placed = new Event(strike.type(), strike.mode(), strike.actors(), strike.recipients(),
        new Place("Khan Younis", "Khan Yunis", "PSE", 31.34, 34.30, "locality", null, null), null, false, false,
        false, strike.trigger(), strike.evidence(), strike.finder());
    store.put(new Record(gaza.schema(), gaza.article(), gaza.actors(), gaza.claims(), gaza.quotes(),
        List.of(placed)), V1);
    assertEquals(2, store.eventSites(new EventSite.Filter(null, null, null, null, null, 0)).size(), "a story once");
    var khan = store.eventSites(new EventSite.Filter(null, null, "yunis", null, null, 0));
    assertEquals(1, khan.size());
    assertEquals("PSE", khan.get(0).country());
    assertEquals(31.34, khan.get(0).lat());
    assertEquals(34.30, khan.get(0).lon());
    assertEquals(0, khan.get(0).ord());
    assertEquals(1, store.eventSites(new EventSite.Filter(null, null, "pse", null, null, 0)).size());
    assertEquals(0, store.eventSites(new EventSite.Filter(null, null, "odesa", null, null, 0)).size());
    var russian = store.eventSites(new EventSite.Filter("assault", "RUS", null, null, null, 0));
    assertEquals(1, russian.size());
    assertEquals(List.of("UKR"), russian.get(0).recipients());
    assertNull(russian.get(0).lat());
    assertEquals(1, store.eventSites(new EventSite.Filter(null, null, null, null, day("2024-12-31"), 0)).size());
    assertEquals(1, store.eventSites(new EventSite.Filter(null, null, null, null, null, 1)).size());
  }

  @Test
  void coActorsCountTheArticlesTheyShare() {
    putAll();
    var withRussia = store.coActors("RUS", 0);
    assertEquals(List.of("UKR"), withRussia.stream().map(Rows.ActorRow::id).toList());
    assertEquals(2, withRussia.get(0).articles());
    assertEquals(List.of("PSE-MOH"), store.coActors("ISR-IDF", 0).stream().map(Rows.ActorRow::id).toList());
    assertTrue(store.coActors("NOBODY", 0).isEmpty());
  }

  @Test
  void actorsCountMentionsWithFirstAndLastSeen() {
    putAll();
    var russia = store.actors("russia", 0);
    assertEquals(1, russia.size());
    assertEquals(4, russia.get(0).mentions());
    assertEquals(2, russia.get(0).articles());
    assertEquals("2025-03-03", russia.get(0).firstSeen());
    assertEquals(4, store.actors(null, 0).size());
  }

  @Test
  void newerSchemaIsRefusedWithoutChange() throws SQLException {
    store.put(Fixtures.drones(), V1);
    store.close();
    try (Connection c = jdbc(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (7, 'later')");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(location));
    assertEquals("database schema 7 is newer than this sitrep (schema 1); upgrade sitrep", e.getMessage());
    assertEquals(1, count("articles"));
    try (Connection c = jdbc(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM schema_version WHERE version = 7");
    }
    store = Store.open(location);
  }

  @Test
  void concurrentWritersOnTwoConnectionsLoseNothing() throws Exception {
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Store other = Store.open(location)) {
      Thread a = writer(store, "a", errors);
      Thread b = writer(other, "b", errors);
      a.start();
      b.start();
      a.join();
      b.join();
    }
    assertEquals(List.of(), errors);
    assertEquals(2 * WRITES, count("articles"));
  }

  static final int WRITES = 25;

  private static Thread writer(Store target, String name, List<Throwable> errors) {
    return new Thread(() -> {
      try {
        for (int i = 0; i < WRITES; i++) {
          String text = "Report " + name + i + " from the front: " + name + " unit " + i
              + " moved to the river on day " + i + " of the offensive, officials said.";
          Article a = Fixtures.article(text, "https://x.example/" + name + i, "X", "2025-01-01");
          target.put(new Record(Record.SCHEMA, a, List.of(), List.of(), List.of(), List.of()), V1);
        }
      } catch (RuntimeException e) {
        errors.add(e);
      }
    });
  }

  void putAll() {
    store.put(Fixtures.drones(), V1);
    store.put(Fixtures.dronesCopy(), V1);
    store.put(Fixtures.gaza(), V1);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
