package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

class ExtractionTest {
  private static final String FIRST = "Relief convoys reached the flooded river towns";
  private static final String LAST = "rather than travel to the area alone.";

  @ParameterizedTest(name = "{0} drops \"{1}\"")
  @CsvSource(delimiter = '|', value = {
    "chrome-navigation.html  | Politics",
    "chrome-navigation.html  | Global",
    "chrome-related.html     | Dam inspections ordered",
    "chrome-share.html       | Share on Facebook",
    "chrome-newsletter.html  | Sign up for our daily newsletter",
    "chrome-cookies.html     | We use cookies",
    "chrome-comments.html    | my cousin lives near the old mill",
    "chrome-caption.html     | Trucks wait at a checkpoint",
    "chrome-caption.html     | AFP",
    "chrome-ads.html         | Advertisement",
    "chrome-ads.html         | Trusted Partner",
    "chrome-ads.html         | garden tricks",
    "chrome-protected.html   | Content is protected",
    "chrome-exit-mobile.html | Exit mobile version",
  })
  void dropsPageChrome(String fixture, String chrome) {
    Article a = Extraction.extract(Fixtures.input(fixture));
    assertEquals(Article.ANALYZED, a.outcome(), a.reason());
    assertTrue(a.text().startsWith(FIRST), a.text());
    assertTrue(a.text().endsWith(LAST), a.text());
    assertFalse(a.text().contains(chrome), a.text());
  }

  @Test
  void keepsParagraphsSeparatedByOneBlankLine() {
    Article a = Extraction.extract(Fixtures.input("chrome-share.html"));
    assertEquals(5, a.text().split("\n\n").length);
    assertFalse(a.text().contains("\n\n\n"));
  }

  @Test
  void listsRemovedChrome() {
    Article a = Extraction.extract(Fixtures.input("chrome-protected.html"));
    assertTrue(a.removed().contains("error: Content is protected !!"), a.removed().toString());
  }

  @Test
  void idIsSha256OfText() {
    Article a = Extraction.extract(Fixtures.input("chrome-share.html"));
    assertEquals(Extraction.sha256(a.text().getBytes(StandardCharsets.UTF_8)), a.id());
    assertEquals(64, a.id().length());
  }

  @Test
  void titleComesWithoutSiteName() {
    Article a = Extraction.extract(Fixtures.input("chrome-share.html"));
    assertEquals("Relief convoys reach flooded river towns", a.title());
    assertEquals("en", a.language());
  }

  @Test
  void decodesEntitiesAndCollapsesWhitespace() {
    String html = "<html><body><article><p>Aid &amp; water   reached\n the towns, officials said,"
        + " and&nbsp;more convoys were on the way to the north of the province today.</p>"
        + "<p>Second paragraph of the report, with enough words to count as an article body"
        + " for the extractor and its checks on length.</p></article></body></html>";
    Article a = new Extraction(ExtractOptions.lenient())
        .apply(new Input("x.html", null, html.getBytes(StandardCharsets.UTF_8), null));
    assertTrue(a.text().startsWith("Aid & water reached the towns,"), a.text());
    assertTrue(a.text().contains(".\n\nSecond paragraph"), a.text());
  }

  @Test
  void plainTextIsNotParsedAsHtml() {
    Input in = new Input("a.txt", null, "Title\n\nA <b> tag in plain text stays as written."
        .getBytes(StandardCharsets.UTF_8), null);
    Article a = new Extraction(ExtractOptions.lenient()).apply(in);
    assertEquals("A <b> tag in plain text stays as written.", a.text());
    assertNull(a.reason());
  }
}
