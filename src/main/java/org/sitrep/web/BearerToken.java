package org.sitrep.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The write token. The given and the expected token are both hashed and the hashes compared with
 * {@link MessageDigest#isEqual}, so the time taken tells nothing about the token, not even its length.
 */
final class BearerToken {
  private static final String PREFIX = "Bearer ";
  private final byte[] expected;

  BearerToken(String token) {
    this.expected = token == null ? null : sha256(token);
  }

  /** Throws 403 on a read-only server, 401 when the Authorization header is missing or wrong. */
  void require(Context ctx) {
    if (expected == null) {
      throw Problem.forbidden("this server is read-only: start sitrep serve with --token (or SITREP_TOKEN)"
          + " to allow ingest");
    }
    if (!matches(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
      throw Problem.unauthorized("send the server's token as 'Authorization: Bearer TOKEN'");
    }
  }

  boolean matches(String header) {
    if (expected == null || header == null || header.length() <= PREFIX.length()
        || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    return MessageDigest.isEqual(expected, sha256(header.substring(PREFIX.length()).strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
