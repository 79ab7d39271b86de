package org.sitrep.ingest;

import java.time.Duration;

/**
 * How inputs are read and fetched.
 *
 * @param maxBytes the largest input accepted, after gunzip
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout how long to wait for a whole HTTP response
 * @param maxRedirects how many redirects a fetch follows
 * @param privateAddresses whether a fetch may reach loopback, private, link-local and other
 *     non-public addresses; the web server turns this off (SSRF guard, see {@code AddressGuard})
 */
public record InputOptions(long maxBytes, Duration connectTimeout, Duration readTimeout,
    int maxRedirects, boolean privateAddresses) {
  public static final long MEGABYTE = 1024L * 1024L;
  public static final String USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep)";

  public InputOptions {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
  }

  /** 10 MB per input, 10 s to connect, 30 s per response, 5 redirects, any address. */
  public static InputOptions defaults() {
    return new InputOptions(10 * MEGABYTE, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, true);
  }

  public InputOptions withTimeouts(Duration connect, Duration read) {
    return new InputOptions(maxBytes, connect, read, maxRedirects, privateAddresses);
  }

  public InputOptions withMaxBytes(long bytes) {
    return new InputOptions(bytes, connectTimeout, readTimeout, maxRedirects, privateAddresses);
  }

  /** Fetches refuse hosts that resolve to non-public addresses, checked again at every redirect. */
  public InputOptions publicAddressesOnly() {
    return new InputOptions(maxBytes, connectTimeout, readTimeout, maxRedirects, false);
  }

  /** "too large: 50.0 MB (limit 10 MB)". */
  String tooLarge(long size) {
    return String.format(java.util.Locale.ROOT, "too large: %.1f MB (limit %d MB)",
        size / (double) MEGABYTE, Math.max(1, maxBytes / MEGABYTE));
  }
}
