package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Actor;
import org.sitrep.record.Claim;
import org.sitrep.record.Mention;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;
import org.sitrep.store.Fixtures;

/** One strike's killed and wounded as one incident, over the API and on the figures page; the war's toll stays out. */
class IncidentsWebTest {
  static final String TEXT = "KHARKIV, June 11 (Testwire) - A missile struck a market in Kharkiv on Tuesday,"
      + " killing 16 people and wounding 41, the regional governor said. The United Nations says 12,000"
      + " civilians have been killed since the invasion began.";
  @TempDir static Path dir;
  static Served site;

  @BeforeAll
  static void start() {
    site = Served.start(dir, Served.readOnly(), record());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static Record record() {
    int tuesday = TEXT.indexOf("on Tuesday") + 3;
    int kharkiv = TEXT.indexOf("in Kharkiv") + 3;
    Place place = new Place("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city", kharkiv, kharkiv + 7);
    TimeRef day = new TimeRef("Tuesday", "2025-06-10", tuesday, tuesday + 7);
    Source governor = source("the regional governor", null);
    Span first = Span.of(TEXT, TEXT.indexOf("A missile"), TEXT.indexOf(" The United"));
    Claim killed = new Claim("killed", "people", span("16 people"), 16.0, 16.0, null, null, "incident",
        new Subject("people", null, null, null), place, day, governor, false, first, "test.rule");
    Claim wounded = new Claim("wounded", "people", span("41"), 41.0, 41.0, null, null, "incident",
        new Subject("people", null, null, null), place, day, governor, false, first, "test.rule");
    Claim toll = new Claim("killed", "civilians", span("12,000 civilians"), 12000.0, 12000.0, null, null, "total",
        new Subject("civilians", "UKR", null, null), null, null, source("The United Nations", "UN"), false,
        Span.of(TEXT, TEXT.indexOf("The United"), TEXT.length()), "test.rule");
    Actor ukraine = new Actor("UKR", "Ukraine", "country", "UKR", null,
        List.of(new Mention("Kharkiv", kharkiv, kharkiv + 7, "test.actors")));
    return new Record(Record.SCHEMA, Fixtures.article(TEXT, "https://testwire.example/kharkiv", "Testwire", "2025-06-11"),
        List.of(ukraine), List.of(killed, wounded, toll), List.of(), List.of());
  }

  static Span span(String part) {
    int at = TEXT.indexOf(part);
    return Span.of(TEXT, at, at + part.length());
  }

  static Source source(String part, String actor) {
    int at = TEXT.indexOf(part);
    return new Source(part, actor, at, at + part.length());
  }

  @Test
  void theApiGivesTheStrikesFiguresSideBySide() {
    JsonNode items = Served.json(site.get("/api/v1/incidents")).get("items");
    assertEquals(1, items.size(), items.toString());
    JsonNode strike = items.get(0);
    assertEquals("2025-06-10", strike.get("day").asText());
    assertEquals("Kharkiv", strike.get("place").asText());
    assertEquals("[\"16 people killed\",\"41 people wounded\"]", strike.get("figures").toString());
    assertEquals("the regional governor", strike.at("/claimants/0").asText());
    assertEquals(2, strike.get("threads").size());
    assertEquals(0, Served.json(site.get("/api/v1/incidents?since=2025-07-01")).get("items").size());
    assertEquals(400, site.get("/api/v1/incidents?kind=total").statusCode());
  }

  @Test
  void theFiguresPageWithKindIncidentHasOneRowPerIncidentLinkingEachThread() {
    Document page = Jsoup.parse(site.get("/figures?kind=incident").body());
    assertEquals(1, page.select("table.incidents tbody tr").size());
    var links = page.select("table.incidents a[href^=/figures/F]");
    assertEquals(List.of("16 people killed", "41 people wounded"), links.eachText());
    assertTrue(page.select("main").text().contains("1 incident, 2 threads"), page.select("main").text());
    Document all = Jsoup.parse(site.get("/figures").body());
    assertEquals("/figures?kind=incident", all.select("main p.meta a").first().attr("href"));
    assertEquals(3, all.select("table.threads tbody tr").size());
  }

  @Test
  void theOverviewListsTheLatestIncidentAndAThreadPageNamesItsSiblings() {
    Document overview = Jsoup.parse(site.get("/").body());
    var incidents = overview.select("ul.incidents > li");
    assertEquals(1, incidents.size(), overview.select("main").text());
    assertEquals("2025-06-10 · Kharkiv", incidents.first().selectFirst("strong").text());
    assertEquals(List.of("16 people killed", "41 people wounded"), incidents.select("a").eachText());

    String killed = incidents.select("a").first().attr("href");
    Document thread = Jsoup.parse(site.get(killed).body());
    var same = thread.selectFirst("p.same-incident");
    assertEquals("The same incident (2025-06-10, Kharkiv): 16 people killed; 41 people wounded", same.text());
    assertEquals(List.of("41 people wounded"), same.select("a").eachText(), "the page's own figure is no link");

    String toll = Jsoup.parse(site.get("/figures?kind=total").body()).select("table.threads a").attr("href");
    assertTrue(Jsoup.parse(site.get(toll).body()).select("p.same-incident").isEmpty(), "a total is no incident");
  }
}
