package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Record;
import org.sitrep.store.Fixtures;

/** The read API over HTTP, on a store of three hand-built records. */
class ApiTest {
  @TempDir static Path dir;
  static Served site;
  static Record drones = Fixtures.drones();
  static Record gaza = Fixtures.gaza();

  @BeforeAll
  static void start() {
    site = Served.start(dir, Served.readOnly(), drones, Fixtures.dronesCopy(), gaza);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static JsonNode ok(String path) {
    HttpResponse<String> r = site.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""), path);
    return Served.json(r);
  }

  static JsonNode problem(String path, int status) {
    HttpResponse<String> r = site.get(path);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.PROBLEM_JSON), path);
    JsonNode body = Served.json(r);
    assertEquals(status, body.get("status").asInt());
    assertTrue(body.get("title").isTextual() && body.get("detail").isTextual(), body.toString());
    return body;
  }

  static List<String> texts(JsonNode items, String field) {
    List<String> out = new ArrayList<>();
    items.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void articlesNewestFirstWithTheirCounts() {
    JsonNode page = ok("/api/v1/articles");
    assertEquals(3, page.get("items").size());
    assertEquals("2024-04-12", page.get("items").get(2).get("date").asText());
    JsonNode first = page.get("items").get(0);
    assertEquals(2, first.get("claims").asInt());
    assertTrue(page.get("next").isNull());
    assertEquals(50, page.get("limit").asInt());
  }

  @Test
  void pagingGivesANextLinkThatKeepsTheFilters() {
    JsonNode one = ok("/api/v1/articles?limit=1&since=2025-01-01");
    assertEquals(1, one.get("items").size());
    String next = one.get("next").asText();
    assertEquals("/api/v1/articles?limit=1&offset=1&since=2025-01-01", next);
    JsonNode two = ok(next);
    assertEquals(1, two.get("items").size());
    assertTrue(two.get("next").isNull(), "the gaza article is before the since day");
    assertTrue(!one.get("items").get(0).get("id").equals(two.get("items").get(0).get("id")));
  }

  @Test
  void oneArticleIsTheFullRecordInSnakeCase() {
    String id = drones.article().id();
    JsonNode record = ok("/api/v1/articles/" + id);
    assertEquals(id, record.at("/article/id").asText());
    assertEquals(drones.article().canonicalUrl(), record.at("/article/canonical_url").asText());
    assertEquals(2, record.get("claims").size());
    assertEquals(id, ok("/api/v1/articles/" + id.substring(0, 10)).at("/article/id").asText());
  }

  @Test
  void unknownIdsAndRoutesAreProblemJson404s() {
    assertTrue(problem("/api/v1/articles/0000000000dead", 404).get("detail").asText().contains("0000000000dead"));
    problem("/api/v1/actors/NOPE", 404);
    problem("/api/v1/figures/Fffffffffff", 404);
    problem("/api/v1/nothing-here", 404);
    problem("/api/v2/articles", 404);
  }

  @Test
  void badParametersAre400sThatSayWhatIsWrong() {
    assertEquals("since: '2025-13-01' is not a date: use YYYY-MM-DD, e.g. 2025-04-30",
        problem("/api/v1/claims?since=2025-13-01", 400).get("detail").asText());
    assertTrue(problem("/api/v1/claims?measur=killed", 400).get("detail").asText()
        .startsWith("unknown parameter 'measur'; this endpoint takes: actor, limit, measure,"));
    assertEquals("limit: '0' is not a whole number from 1 to 500",
        problem("/api/v1/events?limit=0", 400).get("detail").asText());
    problem("/api/v1/events?limit=abc", 400);
    problem("/api/v1/events?offset=-1", 400);
    problem("/api/v1/quotes?speaker=a&speaker=b", 400);
    assertEquals("parameter 'q' is required", problem("/api/v1/search", 400).get("detail").asText());
    problem("/api/v1/articles/" + drones.article().id() + "?x=1", 400);
  }

  @Test
  void claimsTakeTheFiltersOfTheClaimsCommand() {
    JsonNode killed = ok("/api/v1/claims?measure=killed").get("items");
    assertEquals(List.of("killed", "killed"), texts(killed, "measure"));
    JsonNode drone = ok("/api/v1/claims?measure=launched").get("items");
    assertEquals(1, drone.size(), "two outlets carried the story: it counts once");
    assertEquals(List.of("Eastwire", "Northwire"), sorted(drone.get(0).get("outlets")));
    assertEquals(0, ok("/api/v1/claims?measure=killed&until=2024-01-01").get("items").size());
    assertEquals(1, ok("/api/v1/claims?text=Kharkiv").get("items").size());
  }

  private static List<String> sorted(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    out.sort(null);
    return out;
  }

  @Test
  void quotesEventsAndActors() {
    JsonNode quotes = ok("/api/v1/quotes?speaker=UKR").get("items");
    assertEquals(1, quotes.size());
    assertEquals("told", quotes.get(0).get("cue").asText());
    assertEquals(1, ok("/api/v1/events?type=assault&actor=RUS").get("items").size());
    assertEquals(0, ok("/api/v1/events?type=PROTEST").get("items").size());
    JsonNode actors = ok("/api/v1/actors?text=russ").get("items");
    assertEquals(List.of("RUS"), texts(actors, "id"));
    JsonNode rus = ok("/api/v1/actors/RUS");
    assertEquals("Russia", rus.at("/actor/name").asText());
    assertEquals("/api/v1/events?actor=RUS", rus.at("/links/events").asText());
  }

  @Test
  void figureThreadsAndOneThread() {
    JsonNode threads = ok("/api/v1/figures?measure=killed").get("items");
    assertTrue(threads.size() >= 1, threads.toString());
    String id = threads.get(0).get("id").asText();
    JsonNode view = ok("/api/v1/figures/" + id);
    assertEquals(id, view.at("/line/id").asText());
    assertTrue(view.has("reconciled") && view.has("derived"), view.toString());
    assertEquals(0, ok("/api/v1/figures?measure=killed&since=2030-01-01").get("items").size());
    problem("/api/v1/figures?stale_days=-3", 400);
    String kind = threads.get(0).get("kind").asText();
    JsonNode ofKind = ok("/api/v1/figures?kind=" + kind).get("items");
    assertTrue(ofKind.size() >= 1, ofKind.toString());
    ofKind.forEach(t -> assertEquals(kind, t.get("kind").asText()));
    problem("/api/v1/figures?kind=weekly", 400);
  }

  @Test
  void searchFindsStemmedWordsAndMarksThem() {
    JsonNode hits = ok("/api/v1/search?q=missiles").get("items");
    assertEquals(2, hits.size());
    assertTrue(hits.get(0).get("snippet").asText().contains("[missiles]"), hits.toString());
    assertEquals(0, ok("/api/v1/search?q=%22%3Cscript%3E%22").get("items").size());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    HttpResponse<String> r = site.get("/api/v1/health");
    assertEquals(WebServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("false", Served.json(r).get("writable").asText());
  }
}
