package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Article;

class MetadataTest {
  private static Article page(String name) {
    return Extraction.extract(Fixtures.input(name));
  }

  @Test
  void jsonLdWinsOverMetaTags() {
    Article a = page("meta-jsonld.html");
    assertEquals("2025-04-29", a.published());
    assertEquals("2025-04-30", a.modified());
    assertEquals(List.of("Lena Park", "Tomas Reyes"), a.authors());
    assertEquals("The Example Courier", a.site());
    assertEquals("https://courier.example/world/relief-convoys", a.canonicalUrl());
  }

  @Test
  void jsonLdArticleInsideGraph() {
    Article a = page("meta-graph.html");
    assertEquals("2025-04-28", a.published());
    assertEquals("Convoys reach the river towns", a.title());
    assertEquals(List.of("Lena Park"), a.authors());
    assertEquals("Example Courier", a.site());
  }

  @Test
  void openGraphAndArticleTags() {
    Article a = page("meta-opengraph.html");
    assertEquals("2025-04-27", a.published()); // the publisher's local date, not UTC
    assertEquals("2025-04-28", a.modified());
    assertEquals(List.of("Lena Park"), a.authors());
    assertEquals("The Example Courier", a.site());
    assertEquals("https://courier.example/world/relief-convoys", a.canonicalUrl());
  }

  @Test
  void dublinCore() {
    Article a = page("meta-dublincore.html");
    assertEquals("2025-04-26", a.published());
    assertEquals(List.of("Tomas Reyes"), a.authors());
  }

  @Test
  void timeElementAndByline() {
    Article a = page("meta-time.html");
    assertEquals("2025-04-25", a.published());
    assertEquals(List.of("Lena Park"), a.authors());
  }

  @Test
  void dateInUrlPath() {
    Article a = Extraction.extract(
        Fixtures.page("meta-url.html", "https://courier.example/2025/04/29/relief-convoys/"));
    assertEquals("2025-04-29", a.published());
    assertEquals("courier.example", a.site());
  }

  @Test
  void noDateAnywhereIsNull() {
    assertNull(page("meta-url.html").published());
  }

  @Test
  void invalidJsonLdFallsBackToMetaTags() {
    Article a = page("jsonld-invalid.html");
    assertEquals(Article.ANALYZED, a.outcome());
    assertEquals("2025-04-24", a.published());
  }
}
