package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files written by hand (per the WARC 1.0 layout) and read back through jwarc. */
public class WarcsTest {
  @TempDir Path dir;

  /** One HTTP response to put in a WARC. */
  public record Page(String uri, int status, String contentType, String body) {}

  /** Writes the pages as WARC response records; a name ending .gz gzips each record. */
  public static void write(Path file, List<Page> pages) throws IOException {
    boolean gzip = file.toString().endsWith(".gz");
    try (OutputStream out = Files.newOutputStream(file)) {
      int n = 0;
      for (Page p : pages) {
        byte[] record = record(p, n++);
        if (gzip) {
          ByteArrayOutputStream member = new ByteArrayOutputStream();
          try (GZIPOutputStream z = new GZIPOutputStream(member)) {
            z.write(record);
          }
          out.write(member.toByteArray());
        } else {
          out.write(record);
        }
      }
    }
  }

  private static byte[] record(Page p, int n) {
    byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 " + p.status() + " X\r\nContent-Type: " + p.contentType()
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
    block.writeBytes(body);
    String head = String.format(Locale.ROOT, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
        + "WARC-Date: 2025-01-0%dT00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n",
        p.uri(), 1 + n % 9, n, block.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(block.toByteArray());
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  static final List<Page> MIXED = List.of(
      new Page("http://news.test/one", 200, "text/html; charset=utf-8", "<html><body><p>One.</p></body></html>"),
      new Page("http://news.test/logo.png", 200, "image/png", "PNG"),
      new Page("http://news.test/gone", 404, "text/html", "<html>not found</html>"),
      new Page("http://news.test/two", 200, "text/html", "<html><body><p>Two.</p></body></html>"));

  @Test
  void onlyHtmlResponsesWithStatus200AreSources() throws IOException {
    for (String name : List.of("a.warc", "a.warc.gz")) {
      Path file = dir.resolve(name);
      write(file, MIXED);
      List<String> names = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (Iterator<Source> it = Warcs.sources(file, InputOptions.defaults()); it.hasNext(); ) {
        Input in = it.next().input().get();
        names.add(in.url());
        types.add(in.contentType());
        assertTrue(new String(in.bytes(), StandardCharsets.UTF_8).contains("<p>"), name);
      }
      assertEquals(List.of("http://news.test/one", "http://news.test/two"), names, name);
      assertEquals(List.of("text/html; charset=utf-8", "text/html"), types, name);
      assertEquals(2, Warcs.count(file), name);
    }
  }

  @Test
  void warcNamesAreRecognised() {
    assertTrue(Warcs.isWarc("crawl.warc"));
    assertTrue(Warcs.isWarc("CRAWL.WARC.GZ"));
    assertTrue(!Warcs.isWarc("crawl.warc.txt"));
  }
}
