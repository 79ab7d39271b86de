package org.sitrep.web;

import java.util.Objects;

/**
 * How {@code sitrep serve} runs.
 *
 * @param host address to bind, 127.0.0.1 by default
 * @param port port to bind; 0 picks a free one (tests)
 * @param token bearer token that allows writes; null makes the server read-only
 * @param allowPrivateUrls whether URL ingestion may fetch loopback, link-local and private addresses
 * @param maxBodyBytes request bodies above this size get 413
 */
public record WebOptions(String host, int port, String token, boolean allowPrivateUrls, long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

  public WebOptions {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
    if (token != null && token.isBlank()) token = null;
  }

  /** Read-only on 127.0.0.1 at the given port. */
  public static WebOptions local(int port) {
    return new WebOptions("127.0.0.1", port, null, false, DEFAULT_MAX_BODY);
  }

  public WebOptions withToken(String newToken) {
    return new WebOptions(host, port, newToken, allowPrivateUrls, maxBodyBytes);
  }

  public boolean writable() {
    return token != null;
  }
}
