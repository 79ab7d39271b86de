package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void httpAndHttpsAndOurPathsAreKept() {
    assertEquals("https://example.org/a?b=c", Urls.safe("https://example.org/a?b=c"));
    assertEquals("http://example.org/", Urls.safe(" http://example.org/ "));
    assertEquals("/articles/abc#claim-2", Urls.safe("/articles/abc#claim-2"));
    assertEquals("?q=x", Urls.safe("?q=x"));
  }

  @Test
  void scriptAndOtherSchemesAreRefused() {
    for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
        "java\nscript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
        "vbscript:x", "file:///etc/passwd", "//evil.example/x", "/\\evil.example", "https://",
        "\u202Ehttps://example.org", "", null, "mailto:a@b.c", "relative/path"}) {
      assertNull(Urls.safe(bad), String.valueOf(bad));
    }
  }

  @Test
  void pathSegmentsAndQueriesAreEncoded() {
    assertEquals("/actors/x%22%3E%3Cscript%3E%20y", Urls.path("/actors/", "x\"><script> y"));
    assertEquals("/actors/..%2F..%2Fetc", Urls.path("/actors/", "../../etc"));
    assertEquals("/figures?text=a+b&since=2025-01-01", Urls.query("/figures", "text", "a b", "measure", "",
        "since", "2025-01-01"));
  }
}
