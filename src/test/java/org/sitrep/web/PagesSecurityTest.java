package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.record.Record;
import org.sitrep.store.Store;

/**
 * Every page that shows a hostile article, over real HTTP from the app on port 0: no script but
 * ours, no event-handler attribute, no script URL in a link, no bidi control, and the hostile
 * text shown escaped (so the checks are not vacuous).
 */
class PagesSecurityTest {
  @TempDir static Path dir;
  static Store store;
  static Ledger ledger;
  static WebServer server;
  static Record record;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  /** Every element our pages write; any other was smuggled in by the data. */
  static final java.util.Set<String> OUR_TAGS = java.util.Set.of("html", "head", "body", "meta", "title", "link",
      "script", "header", "nav", "a", "form", "input", "main", "footer", "h1", "h2", "h3", "div", "section", "table",
      "thead", "tbody", "tr", "th", "td", "span", "p", "ul", "ol", "li", "mark", "aside", "dl", "dt", "dd",
      "details", "summary", "figure", "figcaption", "svg", "g", "line", "text", "polyline", "circle", "path",
      "select", "option", "label", "button", "q", "strong");

  @BeforeAll
  static void start() {
    String db = dir.resolve("hostile.db").toString();
    store = Store.open(db);
    record = HostileArticle.record();
    store.put(record, "test");
    ledger = Ledger.open(db);
    ledger.sync();
    server = WebServer.start(store, ledger, WebOptions.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    ledger.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Accept", "text/html").build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/articles/ID", "/figures", "/figures/THREAD", "/events", "/actors/hostile-group",
      "/search?q=troops", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/figures?text=%22%20onmouseover%3D%22x",
      "/events?place=%3Cscript%3E&actor=%22%3E%3Cscript%3E", "/articles/%3Cscript%3E"})
  void pageShowsHostileValuesOnlyAsText(String template) throws Exception {
    String path = template.replace("ID", record.article().id()).replace("THREAD", thread());
    HttpResponse<String> response = get(path);
    assertTrue(response.statusCode() == 200 || path.endsWith("%3E"), path + " gave " + response.statusCode());
    assertSafe(path, response.body());
  }

  @Test
  void articlePageShowsTheHostileTextEscaped() throws Exception {
    String body = get("/articles/" + record.article().id()).body();
    assertTrue(body.contains("Troops &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)"),
        "title not shown escaped");
    assertTrue(body.contains("See javascript:alert(1) now."), "the script URL is shown as text");
    assertTrue(body.contains("Author&quot; onmouseover=&quot;alert(2)"), "author not shown escaped");
    Document doc = Jsoup.parse(body);
    assertTrue(doc.select("a.source").isEmpty(), "the javascript: URL became a link");
    assertEquals("original", doc.select("span.source").text(), "the link text is shown without the link");
    assertEquals("/figures/" + thread(), doc.select(".d-figure a").first().attr("href"), "the claim links its thread");
    assertEquals("claim-0", doc.select("mark.m-figure").first().id());
  }

  @Test
  void everyHostileValueIsOnSomePage() throws Exception {
    String all = get("/articles/" + record.article().id()).body() + get("/actors/hostile-group").body()
        + get("/figures/" + thread()).body() + get("/events").body();
    for (String shown : List.of("Group &lt;script&gt;", "Outlet &lt;script&gt;", "troops &lt;script&gt;",
        "Town&lt;script&gt;", "said&quot; onmouseover")) {
      assertTrue(all.contains(shown), "not shown: " + shown);
    }
  }

  @Test
  void cspHeaderForbidsInlineScript() throws Exception {
    String csp = get("/").headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
  }

  static String thread() {
    return ledger.threads(ThreadFilter.all()).get(0).id();
  }

  static void assertSafe(String path, String body) {
    body.chars().forEach(ch -> assertFalse(Escape.invisible((char) ch) && ch != '\n' && ch != '\r' && ch != '\t',
        path + ": control character U+" + Integer.toHexString(ch)));
    assertFalse(body.contains("<script>"), path + ": raw <script>");
    assertFalse(body.contains("\" onmouseover"), path + ": attribute breaker");
    Document doc = Jsoup.parse(body);
    assertEquals(1, doc.select("script").size(), path + ": scripts " + doc.select("script"));
    assertEquals(Layout.JS, doc.select("script").attr("src"));
    for (Element e : doc.getAllElements()) {
      assertTrue(e.tagName().equals("#root") || OUR_TAGS.contains(e.tagName()), path + ": element " + e.tagName());
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on") || name.equals("style"), path + ": attribute " + a);
        if (name.equals("href") || name.equals("src") || name.equals("action")) {
          String v = a.getValue().strip().toLowerCase(Locale.ROOT);
          assertTrue(v.startsWith("/") || v.startsWith("#") || v.startsWith("http:") || v.startsWith("https:")
              || v.startsWith("?"), path + ": link " + a);
        }
      }
    }
  }
}
