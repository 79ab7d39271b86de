package org.sitrep.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sitrep.ingest.Input;

/** Test pages from src/test/resources/org/sitrep/extract. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Input input(String name) {
    return new Input(name, null, bytes(name), null);
  }

  static Input page(String name, String url) {
    return new Input(name, url, bytes(name), null);
  }
}
