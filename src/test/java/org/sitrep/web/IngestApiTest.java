package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/v1/articles over HTTP with a model-free pipeline. */
class IngestApiTest {
  static final String TOKEN = "s3cret-token-for-tests";
  static final String STORY = "The harbour authority said on Tuesday that two cargo ships had left the"
      + " port after a week of delays, and that a third would sail once its cargo was checked."
      + " Officials said the inspections would go on through the weekend.";
  static final String PAGE = "<!doctype html><html><head><title>Ships leave the harbour</title></head><body>"
      + "<article><h1>Ships leave the harbour</h1><p>" + STORY + "</p><p>" + STORY.replace("Tuesday", "Wednesday")
      + "</p><p>" + STORY.replace("two", "four") + "</p></article></body></html>";

  @TempDir Path dir;
  Served site;

  @AfterEach
  void stop() {
    if (site != null) site.close();
  }

  HttpResponse<String> post(String contentType, String body, String token) {
    HttpRequest.Builder b = site.request("/api/v1/articles").header("Content-Type", contentType)
        .POST(BodyPublishers.ofString(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return site.send(b.build());
  }

  static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.PROBLEM_JSON));
    assertTrue(Served.json(r).get("detail").asText().contains(detailPart), r.body());
  }

  @Test
  void aReadOnlyServerRefusesEveryWrite() {
    site = Served.start(dir, Served.readOnly());
    assertProblem(post("text/plain", STORY, TOKEN), 403, "read-only");
    assertProblem(post("text/plain", STORY, null), 403, "read-only");
  }

  @Test
  void aMissingOrWrongTokenIs401() {
    site = Served.start(dir, Served.readOnly().withToken(TOKEN));
    HttpResponse<String> none = post("text/plain", STORY, null);
    assertProblem(none, 401, "Authorization: Bearer");
    assertEquals("Bearer realm=\"sitrep\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
    assertProblem(post("text/plain", STORY, TOKEN + "x"), 401, "Bearer");
    assertProblem(post("text/plain", STORY, TOKEN.substring(1)), 401, "Bearer");
    assertEquals(0, Served.json(site.get("/api/v1/articles")).get("items").size());
  }

  @Test
  void plainTextIsAnalysedStoredAndIndexed() {
    site = Served.start(dir, Served.readOnly().withToken(TOKEN));
    HttpResponse<String> r = post("text/plain; charset=utf-8", STORY, TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode answer = Served.json(r);
    String id = answer.get("id").asText();
    assertEquals("stored", answer.get("outcome").asText());
    assertEquals("/api/v1/articles/" + id, r.headers().firstValue("Location").orElse(""));
    assertEquals(STORY, Served.json(site.get("/api/v1/articles/" + id)).at("/article/text").asText());
    assertEquals(200, post("text/plain", STORY, TOKEN).statusCode(), "the same text again");
    assertEquals("already stored", Served.json(post("text/plain", STORY, TOKEN)).get("outcome").asText());
  }

  @Test
  void htmlAndJsonBodies() {
    site = Served.start(dir, Served.readOnly().withToken(TOKEN));
    HttpResponse<String> html = post("text/html", PAGE, TOKEN);
    assertEquals(201, html.statusCode(), html.body());
    assertEquals("Ships leave the harbour", Served.json(html).get("title").asText());
    String json = "{\"text\": \"" + STORY.replace("harbour", "river port") + "\", \"url\": \"https://example.org/a\"}";
    HttpResponse<String> r = post("application/json", json, TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    String id = Served.json(r).get("id").asText();
    assertEquals("https://example.org/a", Served.json(site.get("/api/v1/articles/" + id)).at("/article/url").asText());
  }

  @Test
  void badBodiesAre400s415sAnd422s() {
    site = Served.start(dir, Served.readOnly().withToken(TOKEN));
    assertProblem(post("application/json", "{not json", TOKEN), 400, "not valid JSON");
    assertProblem(post("application/json", "{}", TOKEN), 400, "\"url\", \"html\" or \"text\"");
    assertProblem(post("application/json", "{\"url\": \"file:///etc/passwd\"}", TOKEN), 400, "http or https");
    assertProblem(post("application/json", "{\"url\": \"/etc/passwd\"}", TOKEN), 400, "http or https");
    assertProblem(post("image/png", "x", TOKEN), 415, "image/png");
    assertProblem(post("text/plain", "Die Behörden sagten am Dienstag, dass zwei Schiffe den Hafen nach einer"
        + " Woche verlassen hätten und ein drittes bald folgen werde.", TOKEN), 422, "rejected: not English");
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutAContentLength() {
    WebOptions small = new WebOptions("127.0.0.1", 0, TOKEN, false, 1024);
    site = Served.start(dir, small);
    assertProblem(post("text/plain", "x".repeat(2000), TOKEN), 413, "1024 bytes");
    HttpRequest chunked = site.request("/api/v1/articles").header("Content-Type", "text/plain")
        .header("Authorization", "Bearer " + TOKEN).POST(unknownLength("y".repeat(5000))).build();
    assertProblem(site.send(chunked), 413, "1024 bytes");
    assertEquals(413, site.send(site.request("/api/v1/health").method("GET",
        BodyPublishers.ofString("z".repeat(2000))).build()).statusCode(), "every route refuses big bodies");
  }

  @Test
  void urlIngestRefusesPrivateAddressesUnlessAllowed() throws Exception {
    try (PageServer pages = new PageServer(PAGE, null)) {
      site = Served.start(dir, Served.readOnly().withToken(TOKEN));
      String json = "{\"url\": \"" + pages.base() + "/story\"}";
      assertProblem(post("application/json", json, TOKEN), 422, "refused: 127.0.0.1 is a loopback");
      assertEquals(0, pages.requests.get(), "the guard refuses before connecting");
      site.close();
      site = Served.start(dir.resolve("b"), new WebOptions("127.0.0.1", 0, TOKEN, true, WebOptions.DEFAULT_MAX_BODY));
      HttpResponse<String> r = post("application/json", json, TOKEN);
      assertEquals(201, r.statusCode(), r.body());
      String id = Served.json(r).get("id").asText();
      assertEquals(pages.base() + "/story", Served.json(site.get("/api/v1/articles/" + id)).at("/article/url").asText());
    }
  }

  private static HttpRequest.BodyPublisher unknownLength(String body) {
    HttpRequest.BodyPublisher known = BodyPublishers.ofString(body);
    return new HttpRequest.BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
        known.subscribe(subscriber);
      }
    };
  }
}
