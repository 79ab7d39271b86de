package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database up to {@link #CURRENT}: one SQL file per version, {@code vN.DIALECT.sql} where
 * the dialects differ or {@code vN.sql} where they do not, statements separated by blank lines.
 * Versions applied are rows of {@code schema_version}. A database from a newer sitrep is refused.
 */
final class Migrations {
  static final int CURRENT = 1;
  /** PostgreSQL advisory lock key, so two processes do not migrate one database at once. */
  private static final long PG_LOCK = 0x5174_7265_7000L;

  private Migrations() {}

  /** Applies what is missing and returns the version the database is now at. */
  static int migrate(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK + ")");
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version"
          + " (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
    }
    int version = version(c);
    if (version > CURRENT) throw newer(version);
    for (int v = version + 1; v <= CURRENT; v++) apply(c, dialect, v);
    return CURRENT;
  }

  static StoreException newer(int version) {
    return new StoreException("database schema " + version + " is newer than this sitrep (schema "
        + CURRENT + "); upgrade sitrep");
  }

  /**
   * The version without taking a write lock, so queries do not wait for writers: 0 when the
   * database has no schema_version table yet.
   */
  static int peek(Connection c) {
    try {
      return version(c);
    } catch (SQLException e) {
      return 0;
    }
  }

  /** The highest applied version, 0 for an empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void apply(Connection c, Dialect dialect, int version) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements(script(dialect, version))) s.execute(sql);
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
      p.setInt(1, version);
      p.setString(2, Instant.now().toString());
      p.executeUpdate();
    }
  }

  private static String script(Dialect dialect, int version) {
    String specific = "v" + version + "." + dialect.suffix() + ".sql";
    String common = "v" + version + ".sql";
    for (String name : List.of(specific, common)) {
      try (InputStream in = Migrations.class.getResourceAsStream(name)) {
        if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read migration " + name, e);
      }
    }
    throw new IllegalStateException("no migration for schema " + version + " (" + specific + ")");
  }

  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R", -1)) {
      if (line.isBlank()) {
        flush(current, out);
      } else if (!line.stripLeading().startsWith("--")) {
        current.append(line).append('\n');
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) out.add(current.toString().strip());
    current.setLength(0);
  }
}
