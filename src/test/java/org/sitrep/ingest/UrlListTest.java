package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlListTest {
  @TempDir Path dir;

  @Test
  void commentsAndBlankLinesAreSkipped() throws IOException {
    Path f = dir.resolve("urls.txt");
    Files.writeString(f, "\uFEFF# morning reading\nhttp://a.test/1\n\n   https://b.test/2  \n#http://c.test/3\n",
        StandardCharsets.UTF_8);
    assertEquals(List.of("http://a.test/1", "https://b.test/2"), UrlList.read(f.toString()));
  }

  @Test
  void aLineThatIsNotAUrlNamesItsLine() {
    InputException e = assertThrows(InputException.class,
        () -> UrlList.parse(List.of("http://a.test/1", "just words"), "urls.txt"));
    assertEquals("urls.txt:2: not a URL: just words", e.getMessage());
  }

  @Test
  void aMissingFileIsOneLine() {
    InputException e = assertThrows(InputException.class, () -> UrlList.read(dir.resolve("no.txt").toString()));
    assertTrue(e.getMessage().startsWith("cannot read URL list "), e.getMessage());
  }
}
