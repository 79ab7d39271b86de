package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

/** Hostile and broken pages: each gives a result or a clear rejection, never a crash. */
class RobustnessTest {
  private static final String PARAGRAPH = "<p>Relief convoys reached the flooded river towns of the"
      + " northern province on Tuesday, three days after the embankments gave way, officials said."
      + " The governor said about 12,000 people had left their homes.</p>";

  private static Article html(String html) {
    return Extraction.extract(new Input("page.html", null, html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void malformedHtml() {
    Article a = Extraction.extract(Fixtures.input("malformed.html"));
    assertEquals(Article.ANALYZED, a.outcome(), a.reason());
    assertTrue(a.text().contains("army engineers had begun building"), a.text());
    assertTrue(a.text().contains("register with the emergency office"), a.text());
  }

  /**
   * A hang guard, not a speed test: these inputs take seconds on a quiet machine, and a quadratic
   * or runaway path would take hours. The bound is loose so a loaded machine cannot fail it.
   */
  private static final Duration HANG = Duration.ofMinutes(5);

  @Test
  void domNestedTenThousandLevels() {
    StringBuilder s = new StringBuilder("<html><body>");
    s.append("<div>".repeat(10_000)).append(PARAGRAPH.repeat(3)).append("</div>".repeat(10_000));
    s.append("</body></html>");
    Article a = assertTimeoutPreemptively(HANG, () -> html(s.toString()));
    assertNotNull(a.outcome());
    assertTrue(a.isRejected() || a.text().contains("Relief convoys"), a.reason());
  }

  @Test
  void twentyMegabytePage() {
    StringBuilder s = new StringBuilder(21 * 1024 * 1024).append("<html><body><article>");
    while (s.length() < 20 * 1024 * 1024) s.append(PARAGRAPH);
    s.append("</article></body></html>");
    Article a = assertTimeoutPreemptively(HANG, () -> html(s.toString()));
    assertEquals(Article.ANALYZED, a.outcome(), a.reason());
    assertTrue(a.text().length() > 1_000_000);
  }

  @Test
  void binaryDataNamedHtml() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31 + 7);
    Article a = Extraction.extract(new Input("photo.html", null, bytes, null));
    assertEquals("binary data, not a text or HTML article", a.reason());
  }

  @Test
  void pageDeclaringUtf8ButWrittenInWindows1252() throws Exception {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><article>"
        + PARAGRAPH.replace("officials", "caf\u00e9 owners") + PARAGRAPH + "</article></body></html>";
    Article a = Extraction.extract(
        new Input("page.html", null, page.getBytes(Charset.forName("windows-1252")), null));
    assertTrue(a.text().contains("caf\u00e9 owners"), a.text());
  }

  @Test
  void pageDeclaringLatin1ButWrittenInUtf8() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
        + " charset=iso-8859-1\"></head><body><article>"
        + PARAGRAPH.replace("officials", "Zo\u00eb and \u201cofficials\u201d") + PARAGRAPH
        + "</article></body></html>";
    Article a = html(page);
    assertTrue(a.text().contains("Zo\u00eb and \u201cofficials\u201d"), a.text());
  }

  @Test
  void httpCharsetBeatsMetaCharset() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><article>"
        + PARAGRAPH.replace("officials", "\u0441\u043b\u0443\u0436\u0431\u0430 officials")
        + PARAGRAPH + "</article></body></html>";
    Article a = new Extraction(ExtractOptions.lenient()).apply(new Input(null, "http://x.test/a",
        page.getBytes(Charset.forName("KOI8-R")), "text/html; charset=KOI8-R"));
    assertTrue(a.text().contains("\u0441\u043b\u0443\u0436\u0431\u0430"), a.text());
  }

  @Test
  void byteOrderMark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(("<html><body><article>" + PARAGRAPH + PARAGRAPH + "</article></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    Article a = Extraction.extract(new Input("bom.html", null, out.toByteArray(), null));
    assertEquals(Article.ANALYZED, a.outcome(), a.reason());
  }

  @Test
  void deeplyNestedJsonLdIsIgnored() {
    String json = "[".repeat(5000) + "]".repeat(5000);
    String page = "<html><head><script type=\"application/ld+json\">" + json + "</script></head>"
        + "<body><article>" + PARAGRAPH + PARAGRAPH + "</article></body></html>";
    assertEquals(Article.ANALYZED, html(page).outcome());
  }
}
