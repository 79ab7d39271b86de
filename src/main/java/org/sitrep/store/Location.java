package org.sitrep.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a store lives: a SQLite file path, or a {@code postgresql://user@host:port/db} URL.
 *
 * @param dialect which database
 * @param jdbcUrl the JDBC URL to connect with
 * @param display a name for messages, without any password: the file path, or host:port/db
 * @param file the SQLite file, or null for PostgreSQL
 */
record Location(Dialect dialect, String jdbcUrl, String display, Path file) {
  static final int DEFAULT_PG_PORT = 5432;
  /** Seconds to wait for a PostgreSQL connection before saying it is unreachable. */
  static final int PG_CONNECT_TIMEOUT_SECONDS = 5;

  private static final String EXPECTED = ": expected postgresql://user@host:port/db";

  static Location parse(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreException("empty database location" + EXPECTED + " or a file path");
    }
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      return postgres(location);
    }
    Path file = Path.of(location);
    return new Location(Dialect.SQLITE, "jdbc:sqlite:" + file, file.toString(), file);
  }

  private static Location postgres(String location) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new StoreException("bad PostgreSQL URL " + location + EXPECTED);
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new StoreException("bad PostgreSQL URL " + location + EXPECTED);
    }
    int port = uri.getPort() < 0 ? DEFAULT_PG_PORT : uri.getPort();
    String hostPort = uri.getHost() + ":" + port;
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostPort).append(uri.getPath());
    url.append("?connectTimeout=").append(PG_CONNECT_TIMEOUT_SECONDS);
    appendUser(url, uri.getRawUserInfo());
    if (uri.getRawQuery() != null) url.append('&').append(uri.getRawQuery());
    return new Location(Dialect.POSTGRESQL, url.toString(), hostPort + uri.getPath(), null);
  }

  private static void appendUser(StringBuilder url, String userInfo) {
    if (userInfo == null) return;
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    url.append("&user=").append(encode(user));
    if (colon >= 0) url.append("&password=").append(encode(userInfo.substring(colon + 1)));
  }

  private static String encode(String raw) {
    String decoded = java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    return URLEncoder.encode(decoded, StandardCharsets.UTF_8);
  }

  /** host:port for PostgreSQL, used in "cannot reach" messages. */
  String hostPort() {
    int slash = display.indexOf('/');
    return slash < 0 ? display : display.substring(0, slash);
  }
}
