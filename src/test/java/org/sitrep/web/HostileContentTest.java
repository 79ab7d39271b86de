package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;

/**
 * An article whose title, text, author, URL and actor hold script tags, javascript: links,
 * attribute breakers and bidi controls: the API returns them as data, exactly, in JSON that
 * cannot open a tag or reorder the text when pasted or printed.
 */
class HostileContentTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BREAKER = "\"><img src=x onerror=alert(2)>'";
  static final String BIDI = "\u202Egnp.exe\u202C \u2066isolated\u2069 \u200Fmark";
  static final String TITLE = "Strike " + SCRIPT + " " + BREAKER + " " + BIDI;
  static final String TEXT = "Officials said " + SCRIPT + " that 12 people were killed. <a href=\"javascript:alert(3)\">"
      + "read more</a> " + BREAKER + " " + BIDI + " \u2028 next line.";
  static final String URL = "javascript:alert(4)//\"><script>x</script>";
  static final String AUTHOR = "</script><script>alert(5)</script> & Co \u202E";
  static final String ACTOR_ID = "X<script>";

  @TempDir static Path dir;
  static Served site;
  static Record hostile;

  @BeforeAll
  static void start() {
    Article article = new Article("feedbeef00hostile", null, URL, TITLE, "2025-05-01", BREAKER, "en", TEXT,
        List.of(SCRIPT), Article.ANALYZED, null, List.of(AUTHOR), null, URL, "evil.example");
    Actor actor = new Actor(ACTOR_ID, "Name " + SCRIPT, "group", null, null,
        List.of(new Mention("Officials", 0, 9, "test")));
    hostile = new Record(Record.SCHEMA, article, List.of(actor), List.of(), List.of(), List.of());
    site = Served.start(dir, Served.readOnly(), hostile);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static void assertInert(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    String raw = r.body();
    for (String bad : List.of("<", ">", "'", "&", "\u202E", "\u202C", "\u2066", "\u2069", "\u200F", "\u2028")) {
      assertFalse(raw.contains(bad), "raw JSON holds " + bad.codePointAt(0) + ": " + raw);
    }
  }

  @Test
  void theRecordComesBackExactlyAndInert() {
    HttpResponse<String> r = site.get("/api/v1/articles/" + hostile.article().id());
    assertInert(r);
    JsonNode record = Served.json(r);
    assertEquals(TITLE, record.at("/article/title").asText());
    assertEquals(TEXT, record.at("/article/text").asText());
    assertEquals(URL, record.at("/article/url").asText());
    assertEquals(AUTHOR, record.at("/article/authors/0").asText());
    assertEquals(BREAKER, record.at("/article/source").asText());
    assertTrue(r.body().contains("\\u003cscript\\u003e"), r.body());
  }

  @Test
  void listingsAndSearchAreInertToo() {
    assertInert(site.get("/api/v1/articles"));
    assertEquals(TITLE, Served.json(site.get("/api/v1/articles")).at("/items/0/title").asText());
    assertInert(site.get("/api/v1/actors"));
    assertInert(site.get("/api/v1/search?q=officials"));
    HttpResponse<String> actor = site.get("/api/v1/actors/X%3Cscript%3E");
    assertInert(actor);
    assertEquals("/api/v1/events?actor=X%3Cscript%3E", Served.json(actor).at("/links/events").asText());
  }

  @Test
  void aHostileIdInAnErrorIsEscapedToo() {
    HttpResponse<String> r = site.get("/api/v1/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertEquals(404, r.statusCode());
    assertFalse(r.body().contains("<"), r.body());
    assertEquals("no article with id '<script>alert(1)</script>'", Served.json(r).get("detail").asText());
  }
}
