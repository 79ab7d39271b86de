package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/** Opens a JDBC connection for a location and turns driver errors into one-line messages. */
final class Connections {
  /** How long SQLite waits for another writer's lock before reporting SQLITE_BUSY. */
  static final int BUSY_TIMEOUT_MS = 10_000;
  /** Page cache per connection, in KiB (SQLite's negative cache_size): filtered scans stay in memory. */
  static final int CACHE_KIB = 64 * 1024;
  /** Bytes of the file mapped into memory, so reads skip a system call per page. */
  static final long MMAP_BYTES = 256L * 1024 * 1024;
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Connections() {}

  static Connection open(Location location, boolean mustExist) {
    if (location.dialect() == Dialect.SQLITE) {
      checkFile(location, mustExist);
      NativeLibrary.useCached();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return location.dialect() == Dialect.SQLITE
            ? DriverManager.getConnection(location.jdbcUrl(), sqliteConfig())
            : DriverManager.getConnection(location.jdbcUrl());
      } catch (SQLException e) {
        // Switching a new file to WAL needs a lock: another process opening it may hold it.
        if (attempt >= Retry.ATTEMPTS || !Retry.isTransient(e)) throw translate(e, location, "opening");
        Retry.pause(attempt);
      }
    }
  }

  private static Properties sqliteConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setCacheSize(-CACHE_KIB);
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
    return config.toProperties();
  }

  /** Refuses a missing file for queries, and a file that is not SQLite before touching it. */
  private static void checkFile(Location location, boolean mustExist) {
    if (!Files.exists(location.file())) {
      if (mustExist) {
        throw new StoreException("no database at " + location.display()
            + ": run `sitrep ingest` first, or point --db or SITREP_DB at one");
      }
      createParent(location);
      return;
    }
    byte[] head = new byte[SQLITE_HEADER.length];
    int read;
    try (InputStream in = Files.newInputStream(location.file())) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new StoreException("cannot read database " + location.display() + ": " + e.getMessage(), e);
    }
    if (read > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
      throw corrupt(location, "it does not start with the SQLite header");
    }
  }

  private static void createParent(Location location) {
    Path parent = location.file().toAbsolutePath().getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for database " + location.display() + ": "
          + e.getMessage(), e);
    }
  }

  static StoreException corrupt(Location location, String why) {
    return new StoreException("database " + location.display() + " is not a readable SQLite file ("
        + why + "); it was left untouched: restore it from a backup or use another --db");
  }

  static StoreException translate(SQLException e, Location location, String doing) {
    String message = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
    String lower = message.toLowerCase(Locale.ROOT);
    if (location.dialect() == Dialect.SQLITE
        && (lower.contains("sqlite_notadb") || lower.contains("sqlite_corrupt"))) {
      return corrupt(location, message);
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (location.dialect() == Dialect.POSTGRESQL) {
      if (state.startsWith("08") || e.getCause() instanceof ConnectException) {
        return new StoreException("cannot reach PostgreSQL at " + location.hostPort() + " (" + message
            + "); is the server running and the address right?", e);
      }
      if (state.startsWith("28")) {
        return new StoreException(
            "PostgreSQL at " + location.hostPort() + " refused the login: " + message, e);
      }
      if ("3D000".equals(state)) {
        return new StoreException("PostgreSQL at " + location.hostPort() + ": " + message
            + "; create it with createdb", e);
      }
    }
    return new StoreException(
        "database " + location.display() + " failed while " + doing + ": " + message, e);
  }
}
