package org.sitrep.ingest;

import java.time.Duration;

/**
 * How inputs are read and fetched.
 *
 * @param maxBytes the largest input accepted, after gunzip
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long to wait for a whole HTTP response
 * @param maxRedirects how many redirects a fetch follows
 */
public record InputOptions(
    long maxBytes, Duration connectTimeout, Duration readTimeout, int maxRedirects) {
  public static final long MEGABYTE = 1024L * 1024L;
  public static final String USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep)";

  public InputOptions {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
  }

  /** 10 MB per input, 10 s to connect, 30 s per response, 5 redirects. */
  public static InputOptions defaults() {
    return new InputOptions(10 * MEGABYTE, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);
  }

  public InputOptions withTimeouts(Duration connect, Duration read) {
    return new InputOptions(maxBytes, connect, read, maxRedirects);
  }

  public InputOptions withMaxBytes(long bytes) {
    return new InputOptions(bytes, connectTimeout, readTimeout, maxRedirects);
  }

  /** "too large: 50.0 MB (limit 10 MB)". */
  String tooLarge(long size) {
    return String.format(java.util.Locale.ROOT, "too large: %.1f MB (limit %d MB)",
        size / (double) MEGABYTE, Math.max(1, maxBytes / MEGABYTE));
  }
}
