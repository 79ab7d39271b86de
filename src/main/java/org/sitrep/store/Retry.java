package org.sitrep.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries a transaction that lost a race with another writer: SQLite's "database is locked"
 * (SQLITE_BUSY, SQLITE_LOCKED), PostgreSQL serialisation failures and deadlocks, and a unique key
 * that another writer inserted first (the retry then sees it and reports a duplicate).
 */
final class Retry {
  static final int ATTEMPTS = 12;
  static final long FIRST_WAIT_MS = 20;
  static final long MAX_WAIT_MS = 2000;

  private Retry() {}

  static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    if ("40001".equals(state) || "40P01".equals(state) || "23505".equals(state)) return true;
    int code = e.getErrorCode() & 0xff;
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    boolean sqlite = message.contains("sqlite");
    if (sqlite && (code == 5 || code == 6)) return true;
    return message.contains("database is locked") || message.contains("sqlite_busy")
        || message.contains("sqlite_constraint_primarykey") || message.contains("sqlite_constraint_unique");
  }

  /** Sleeps before attempt {@code attempt} (1-based): exponential backoff with jitter. */
  static void pause(int attempt) {
    long wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << Math.min(attempt, 10));
    try {
      Thread.sleep(wait / 2 + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the database lock", e);
    }
  }
}
