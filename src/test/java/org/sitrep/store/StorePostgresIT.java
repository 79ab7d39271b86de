package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server (127.0.0.1:5432, database {@code test}, trust
 * authentication). Each test gets a schema of its own, dropped afterwards. Locally the test skips
 * when no server answers; with CI=true it fails instead, so CI cannot go green without it.
 */
class StorePostgresIT extends StoreContract {
  static final String SERVER = System.getProperty("sitrep.pg", "postgres@127.0.0.1:5432/test");

  private String schema;

  @BeforeAll
  static void serverAnswers() {
    try (Connection c = admin()) {
      c.isValid(2);
    } catch (SQLException e) {
      String why = "PostgreSQL at " + SERVER + " is unreachable: " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why);
      // Skipped, not disabled: a developer without a local server still runs the rest of the
      // suite; .ci/run starts PostgreSQL and sets CI=true, so there it fails instead.
      assumeTrue(false, why);
    }
  }

  static Connection admin() throws SQLException {
    return DriverManager.getConnection(Location.parse("postgresql://" + SERVER).jdbcUrl());
  }

  @Override
  String freshLocation() throws SQLException {
    schema = "sitrep_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return "postgresql://" + SERVER + "?currentSchema=" + schema;
  }

  @Override
  void dropFresh() throws SQLException {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
