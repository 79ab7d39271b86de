package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.record.Article;

class PlainTextTest {
  private static Extracted chromeFile() {
    return PlainText.extract(new String(Fixtures.bytes("chrome.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void titleIsFirstLineThatIsNotChrome() {
    assertEquals("Relief convoys reach flooded river towns", chromeFile().meta().title());
  }

  @Test
  void dateAndBylineComeFromTheHeader() {
    assertEquals("2025-04-29", chromeFile().meta().published());
    assertEquals(List.of("Lena Park"), chromeFile().meta().authors());
  }

  @Test
  void chromeLinesAreDroppedAndListed() {
    Extracted e = chromeFile();
    for (String chrome : List.of("Home Global Relief convoys reach flooded river towns",
        "- Trusted Partner -", "Photo: Reuters", "Advertisement", "Share this article",
        "Read more: Dam inspections ordered after the spring storms",
        "error: Content is protected !!", "Exit mobile version")) {
      assertTrue(e.body().removed().contains(chrome), chrome + " not in " + e.body().removed());
      assertFalse(e.body().text().contains(chrome), chrome);
    }
  }

  @Test
  void wrappedLinesJoinIntoParagraphs() {
    String text = chromeFile().body().text();
    assertEquals(3, text.split("\n\n").length, text);
    assertTrue(text.contains("left their homes and that at least 40 villages"), text);
  }

  @Test
  void fileWithoutBlankLinesHasOneParagraphPerLine() {
    Extracted e = PlainText.extract("Headline here\nFirst paragraph.\nSecond paragraph.\n");
    assertEquals("Headline here", e.meta().title());
    assertEquals("First paragraph.\n\nSecond paragraph.", e.body().text());
  }

  @Test
  void singleLongParagraphHasNoTitle() {
    Extracted e = PlainText.extract("Only one paragraph, and it is the whole article.");
    assertEquals(null, e.meta().title());
    assertEquals("Only one paragraph, and it is the whole article.", e.body().text());
  }

  @Test
  void chromeOnlyFileIsRejected() {
    Article a = Extraction.extract(new org.sitrep.ingest.Input("c.txt", null,
        "Advertisement\nExit mobile version\n".getBytes(StandardCharsets.UTF_8), null));
    assertEquals("no text left after removing page chrome", a.reason());
  }
}
