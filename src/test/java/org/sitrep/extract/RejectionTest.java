package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Input;
import org.sitrep.record.Article;

class RejectionTest {
  private static Article extract(String path, byte[] bytes) {
    return Extraction.extract(new Input(path, null, bytes, null));
  }

  private static void assertRejected(Article a, String reason) {
    assertEquals(Article.REJECTED, a.outcome());
    assertTrue(a.reason().contains(reason), a.reason());
    assertEquals("", a.text());
  }

  @Test
  void emptyFile() {
    assertRejected(extract("empty.txt", new byte[0]), "empty");
    assertRejected(extract("blank.html", " \n\t ".getBytes(StandardCharsets.US_ASCII)), "empty");
  }

  @Test
  void binaryData() {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1};
    assertRejected(extract("image.html", bytes), "binary");
  }

  @Test
  void invalidUtf8InPlainText() {
    byte[] bytes = "Caf\u00e9 owners said the floods closed the road.".getBytes(StandardCharsets.ISO_8859_1);
    assertRejected(extract("latin1.txt", bytes), "invalid UTF-8");
  }

  @Test
  void notEnglish() {
    assertRejected(Extraction.extract(Fixtures.input("german.html")), "not English (looks like de)");
  }

  @Test
  void indexPage() {
    assertRejected(Extraction.extract(Fixtures.input("index-page.html")), "no article body");
  }

  @Test
  void loginWall() {
    assertRejected(Extraction.extract(Fixtures.input("login-wall.html")), "no article body");
  }

  @Test
  void unreadableInputKeepsItsReason() {
    Article a = Extraction.extract(Input.failed("big.html", null, "too large: 50.0 MB (limit 10 MB)"));
    assertRejected(a, "too large: 50.0 MB");
    assertEquals("big.html", a.path());
  }

  @Test
  void rejectedArticlesHaveDistinctIds() {
    Article a = extract("a.txt", new byte[] {0, 1, 2});
    Article b = extract("b.txt", new byte[] {0, 1, 3});
    assertTrue(!a.id().equals(b.id()));
  }
}
