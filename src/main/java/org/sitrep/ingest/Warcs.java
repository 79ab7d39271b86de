package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (.warc, .warc.gz) through jwarc: every HTML response record with status 200 becomes
 * an input named by its target URI, with its Content-Type. Other records are skipped.
 */
public final class Warcs {
  private Warcs() {}

  public static boolean isWarc(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** How many HTML responses the file holds (a pass over the headers, for progress totals). */
  static int count(Path file) {
    int n = 0;
    for (Iterator<Source> it = sources(file, InputOptions.defaults(), false); it.hasNext(); it.next()) n++;
    return n;
  }

  /** The HTML responses of the file, read lazily; the reader closes at the end. */
  static Iterator<Source> sources(Path file, InputOptions options) {
    return sources(file, options, true);
  }

  private static Iterator<Source> sources(Path file, InputOptions options, boolean bodies) {
    WarcReader reader;
    try {
      reader = new WarcReader(file);
    } catch (IOException e) {
      throw new InputException("cannot read WARC " + file + ": " + Inputs.oneLine(e));
    }
    return new Iterator<>() {
      private Source next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Source next() {
        if (next == null) throw new NoSuchElementException();
        Source s = next;
        next = advance();
        return s;
      }

      private Source advance() {
        try {
          for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            Source s = page(r.get(), options, bodies);
            if (s != null) return s;
          }
          reader.close();
          return null;
        } catch (IOException e) {
          close(reader);
          throw new UncheckedIOException("WARC " + file + ": " + Inputs.oneLine(e), e);
        }
      }
    };
  }

  private static Source page(WarcRecord record, InputOptions options, boolean bodies) throws IOException {
    if (!(record instanceof WarcResponse response)) return null;
    org.netpreserve.jwarc.MediaType type = record.contentType();
    if (!type.type().equals("application") || !type.subtype().equals("http")) return null;
    HttpResponse http = response.http();
    String contentType = http.headers().first("Content-Type").orElse("");
    if (http.status() != 200 || !Fetcher.isPage(contentType)) return null;
    String uri = response.target();
    if (!bodies) return new Source(uri, () -> null);
    Input input = read(http, uri, contentType, options);
    return new Source(uri, () -> input);
  }

  private static Input read(HttpResponse http, String uri, String type, InputOptions options) {
    try (InputStream in = http.bodyDecoded().stream()) {
      byte[] bytes = CappedRead.of(in, options.maxBytes());
      if (bytes == null) return Input.failed(null, uri, "too large (limit "
          + options.maxBytes() / InputOptions.MEGABYTE + " MB)");
      return new Input(null, uri, bytes, type);
    } catch (IOException e) {
      return Input.failed(null, uri, "cannot read WARC record: " + Inputs.oneLine(e));
    }
  }

  private static void close(WarcReader reader) {
    try {
      reader.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one reported
    }
  }
}
