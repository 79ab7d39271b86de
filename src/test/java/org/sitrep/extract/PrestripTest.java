package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrestripTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "<p>a</p><script>var x = '<p>';</script><p>b</p>        | <p>a</p><p>b</p>",
    "<p>a</p><SCRIPT src=x></SCRIPT ><p>b</p>                | <p>a</p><p>b</p>",
    "<style>p {color: red}</style><p>a</p>                   | <p>a</p>",
    "<p>a<!-- hidden <p>x</p> --></p>                        | <p>a</p>",
    "<svg><text>label</text></svg><p>a</p>                   | <p>a</p>",
    "<script type=application/ld+json>{}</script><p>a</p>    | <script type=application/ld+json>{}</script><p>a</p>",
    "<scripts>kept</scripts><p>a < b</p>                     | <scripts>kept</scripts><p>a < b</p>",
    "<p>unclosed <script>var x;                              | <p>unclosed <script>var x;",
    "<p>caf\u00e9 \u201cquoted\u201d</p><script>x</script>   | <p>caf\u00e9 \u201cquoted\u201d</p>",
  })
  void cutsScriptsStylesAndComments(String html, String expected) {
    byte[] out = Prestrip.apply(html.getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, new String(out, StandardCharsets.UTF_8));
  }
}
