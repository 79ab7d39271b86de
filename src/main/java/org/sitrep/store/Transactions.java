package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work in one transaction, retrying when another writer holds the lock. */
final class Transactions {
  /** Work against a connection inside a transaction. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final Location location;

  Transactions(Connection connection, Location location) {
    this.connection = connection;
    this.location = location;
  }

  <T> T inTransaction(String doing, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (attempt >= Retry.ATTEMPTS || !Retry.isTransient(e)) {
          throw Connections.translate(e, location, doing);
        }
        Retry.pause(attempt);
      }
    }
  }

  /** Work without a transaction of its own (reads), with the same error messages. */
  <T> T read(String doing, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.run(connection);
      } catch (SQLException e) {
        if (attempt >= Retry.ATTEMPTS || !Retry.isTransient(e)) {
          throw Connections.translate(e, location, doing);
        }
        Retry.pause(attempt);
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
    begin();
    try {
      T result = work.run(connection);
      commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
  }

  /**
   * SQLite: an explicit BEGIN IMMEDIATE in auto-commit mode takes the write lock up front (so two
   * writers never deadlock upgrading a read lock) and, unlike the driver's own transaction mode,
   * does not start the next transaction right after a commit. PostgreSQL: plain JDBC.
   */
  private void begin() throws SQLException {
    if (sqlite()) {
      execute("BEGIN IMMEDIATE");
    } else {
      connection.setAutoCommit(false);
    }
  }

  private void commit() throws SQLException {
    if (sqlite()) {
      execute("COMMIT");
    } else {
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private boolean sqlite() {
    return location.dialect() == Dialect.SQLITE;
  }

  private void rollbackQuietly() {
    try {
      if (sqlite()) {
        execute("ROLLBACK");
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // The transaction is already gone (the connection failed); the original error is reported.
    }
  }
}
