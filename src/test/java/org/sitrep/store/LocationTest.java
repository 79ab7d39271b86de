package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void filePathIsSqlite() {
    Location l = Location.parse("data/sitrep.db");
    assertEquals(Dialect.SQLITE, l.dialect());
    assertEquals("jdbc:sqlite:data/sitrep.db", l.jdbcUrl());
  }

  @Test
  void postgresUrlBecomesJdbcWithUserAndTimeout() {
    Location l = Location.parse("postgresql://analyst@db.example:6543/news");
    assertEquals(Dialect.POSTGRESQL, l.dialect());
    assertEquals("jdbc:postgresql://db.example:6543/news?connectTimeout=5&user=analyst", l.jdbcUrl());
    assertEquals("db.example:6543", l.hostPort());
  }

  @Test
  void passwordNeverReachesTheDisplayName() {
    Location l = Location.parse("postgres://analyst:s3cret@db.example/news?currentSchema=x");
    assertEquals("db.example:5432/news", l.display());
    assertEquals("jdbc:postgresql://db.example:5432/news?connectTimeout=5&user=analyst&password=s3cret"
        + "&currentSchema=x", l.jdbcUrl());
  }

  @Test
  void urlWithoutDatabaseIsRefused() {
    assertThrows(StoreException.class, () -> Location.parse("postgresql://analyst@db.example"));
    assertThrows(StoreException.class, () -> Location.parse(" "));
  }
}
