package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void markupCharactersBecomeEntities() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
        Escape.html("<script>alert(\"x\") & 'y'</script>"));
  }

  @Test
  void bidiControlsAreDropped() {
    String hostile = "abc\u202Egnp.exe\u202C \u2066x\u2069 \u200Fy\u200E \u061Cz";
    String out = Escape.html(hostile);
    assertEquals("abcgnp.exe x y z", out);
    out.chars().forEach(ch -> assertFalse(Escape.invisible((char) ch), "left " + Integer.toHexString(ch)));
  }

  @Test
  void controlCharactersAreDroppedButLineBreaksKept() {
    assertEquals("a\nb\tc\r\nd", Escape.html("a\nb\tc\r\n\u0000\u0007\u009Bd"));
  }

  @Test
  void nonBmpCharactersSurviveAndLoneSurrogatesAreReplaced() {
    assertEquals("tank \uD83D\uDE80 ok", Escape.html("tank \uD83D\uDE80 ok"));
    assertEquals("a\uFFFDb\uFFFD", Escape.html("a\uD83Db\uDE80"));
  }

  @Test
  void emptyAndPlainTextPassThrough() {
    assertEquals("", Escape.html(""));
    assertEquals("Kyiv, 12,000 troops", Escape.html("Kyiv, 12,000 troops"));
  }
}
