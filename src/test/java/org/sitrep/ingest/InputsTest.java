package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path dir;

  private static List<Input> read(String... args) {
    return Inputs.read(List.of(args), InputOptions.defaults()).toList();
  }

  @Test
  void missingFileIsAnErrorNamingThePath() {
    InputException e = assertThrows(InputException.class, () -> read(dir.resolve("nope.txt").toString()));
    assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    assertTrue(e.getMessage().startsWith("no such file or directory"), e.getMessage());
  }

  @Test
  void directoryWithoutArticlesIsAnError() throws IOException {
    Files.writeString(dir.resolve("notes.csv"), "a,b");
    InputException e = assertThrows(InputException.class, () -> read(dir.toString()));
    assertTrue(e.getMessage().startsWith("no articles in directory"), e.getMessage());
  }

  @Test
  void directoriesAreWalkedRecursivelySkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub/.git"));
    Files.writeString(dir.resolve("b.txt"), "b");
    Files.writeString(dir.resolve("sub/a.html"), "a");
    Files.writeString(dir.resolve("sub/.hidden.txt"), "h");
    Files.writeString(dir.resolve("sub/.git/c.txt"), "c");
    Files.writeString(dir.resolve("sub/image.png"), "p");
    List<String> paths = Inputs.expand(List.of(dir.toString()));
    assertEquals(List.of(dir.resolve("b.txt").toString(), dir.resolve("sub/a.html").toString()), paths);
  }

  @Test
  void emptyFileIsReadAsEmpty() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Input in = read(empty.toString()).get(0);
    assertNull(in.problem());
    assertEquals(0, in.bytes().length);
  }

  @Test
  void gzippedPagesAreUnzipped() throws IOException {
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("<p>hello</p>".getBytes(StandardCharsets.UTF_8));
    }
    assertArrayEquals("<p>hello</p>".getBytes(StandardCharsets.UTF_8), read(gz.toString()).get(0).bytes());
  }

  @Test
  void fiftyMegabyteFileIsRejectedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Input in = read(big.toString()).get(0);
    assertEquals("too large: 50.0 MB (limit 10 MB)", in.problem());
    assertEquals(0, in.bytes().length);
  }

  @Test
  void gzipBombIsCappedWhenUnzipped() throws IOException {
    Path gz = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 3; i++) out.write(zeros);
    }
    InputOptions small = InputOptions.defaults().withMaxBytes(InputOptions.MEGABYTE);
    Input in = Inputs.read(List.of(gz.toString()), small).toList().get(0);
    assertTrue(in.problem().startsWith("too large when unzipped"), in.problem());
  }

  @Test
  void badFileInBatchDoesNotStopTheOthers() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "text");
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(11L * 1024 * 1024);
    }
    List<Input> inputs = read(big.toString(), good.toString());
    assertTrue(inputs.get(0).failed());
    assertEquals("text", new String(inputs.get(1).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void noArgumentsIsAnError() {
    assertThrows(InputException.class, () -> Inputs.read(List.of(), InputOptions.defaults()));
  }

  @Test
  void urlsAreRecognised() {
    assertTrue(Inputs.isUrl("https://example.org/a"));
    assertTrue(Inputs.isUrl("HTTP://example.org/a"));
    assertTrue(Inputs.isUrl("ftp://example.org/a"));
    assertTrue(!Inputs.isUrl("notes/http.txt"));
  }
}
