package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Actor;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;
import org.sitrep.record.Span;
import org.sitrep.store.Fixtures;

/**
 * The events and search pages over more than one page of rows: each page shows its own slice, the
 * links walk forward and back with the filters kept, and nothing is lost between pages.
 */
class PagingTest {
  static final int ARTICLES = 60;
  static final int EVENTS_EACH = 9;
  @TempDir static Path dir;
  static Served site;

  @BeforeAll
  static void start() {
    List<Record> records = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < ARTICLES; i++) records.add(record(i, random));
    site = Served.start(dir, Served.readOnly(), records.toArray(Record[]::new));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** A short made-up report whose words differ enough from the others' to be its own story. */
  static Record record(int i, Random random) {
    StringBuilder text = new StringBuilder("VELMORA, March " + (i % 28 + 1) + " (Testwire) - The convoy reached");
    for (int w = 0; w < 40; w++) {
      text.append(' ').append(syllable(random)).append(syllable(random)).append(syllable(random));
    }
    text.append(" said the convoy commander.");
    String body = text.toString();
    String published = String.format(java.util.Locale.ROOT, "2025-%02d-%02d", i / 28 + 3, i % 28 + 1);
    List<Actor> actors = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    int at = body.indexOf("convoy");
    Span evidence = Span.of(body, 0, body.length());
    actors.add(new Actor("UKR", "Ukraine", "state", "UKR", null, List.of(new Mention("convoy", at, at + 6, "test.actors"))));
    for (int e = 0; e < EVENTS_EACH; e++) {
      events.add(new Event(EventsPage.TYPES.get(e), null, List.of("UKR"), List.of(), null, null, false, false, false,
          "reached", List.of(evidence), "test.events"));
    }
    return new Record(Record.SCHEMA, Fixtures.article(body, "https://testwire.example/" + i, "Testwire", published),
        actors, List.of(), List.of(), events);
  }

  static String syllable(Random random) {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    return "" + consonants.charAt(random.nextInt(consonants.length())) + vowels.charAt(random.nextInt(vowels.length()));
  }

  static Document page(String path) {
    var response = site.get(path);
    assertEquals(200, response.statusCode(), path);
    return Jsoup.parse(response.body());
  }

  static List<String> eventRows(Document d) {
    return d.select("ol.timeline > li.event").eachText();
  }

  @Test
  void theEventsListWalksPageByPageAndLosesNothing() {
    Document first = page("/events?actor=UKR");
    assertEquals(EventsPage.SHOWN, eventRows(first).size());
    assertTrue(first.select("figcaption").text().startsWith("Events 1–500, newest first."), first.select("figcaption").text());
    assertTrue(first.select("nav.pager a[rel=prev]").isEmpty());
    String next = first.select("nav.pager a[rel=next]").attr("href");
    assertEquals("/events?actor=UKR&page=2", next);
    Document second = page(next);
    assertEquals(ARTICLES * EVENTS_EACH - EventsPage.SHOWN, eventRows(second).size());
    assertTrue(second.select("figcaption").text().startsWith("Events 501–540, newest first."));
    assertTrue(second.select("nav.pager a[rel=next]").isEmpty());
    assertEquals("/events?actor=UKR&page=1", second.select("nav.pager a[rel=prev]").attr("href"));
    Set<String> links = new HashSet<>(first.select("ol.timeline a[href^=/articles/]").eachAttr("href"));
    links.addAll(second.select("ol.timeline a[href^=/articles/]").eachAttr("href"));
    assertEquals(ARTICLES, links.stream().map(l -> l.replaceAll("#.*", "")).distinct().count());
  }

  @Test
  void searchResultsComeFiftyToAPageNumberedOnFromTheLast() {
    Document first = page("/search?q=convoy");
    assertEquals(SearchPage.SHOWN, first.select("ol.hits > li").size());
    assertEquals("Articles 1–50, best match first", first.select("main p.meta").first().text());
    Document second = page(first.select("nav.pager a[rel=next]").attr("href"));
    assertEquals(ARTICLES - SearchPage.SHOWN, second.select("ol.hits > li").size());
    assertEquals("51", second.select("ol.hits").attr("start"));
    Set<String> all = new HashSet<>(first.select("ol.hits > li > a").eachAttr("href"));
    all.addAll(second.select("ol.hits > li > a").eachAttr("href"));
    assertEquals(ARTICLES, all.size());
  }

  @Test
  void aPageBeyondTheEndSaysSoAndLinksBack() {
    Document far = page("/search?q=convoy&page=9");
    assertEquals(0, far.select("ol.hits > li").size());
    assertEquals("No articles on page 9", far.select("main p.meta").first().text());
    assertFalse(far.select("nav.pager a[rel=prev]").isEmpty());
  }

  @Test
  void anActorsPanelCutAtItsLengthLinksToTheWholeList() {
    Document actor = page("/actors/UKR");
    assertEquals(ActorPage.SHOWN, actor.select("section.panel").first().select("li.event").size());
    var more = actor.select("section.panel").first().select("p.meta a");
    assertEquals("all of them", more.text());
    assertEquals("/events?actor=UKR", more.attr("href"));
    assertTrue(actor.select("section.panel").get(2).select("p.meta a").isEmpty(), "no quotes, so nothing cut");
  }
}
