package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream up to a byte limit, so a huge input never sits in memory whole. */
final class CappedRead {
  private CappedRead() {}

  /** The bytes of the stream, or null when it holds more than {@code limit} bytes. */
  static byte[] of(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) return null;
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
