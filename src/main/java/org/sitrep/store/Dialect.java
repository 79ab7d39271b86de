package org.sitrep.store;

/** The two SQL dialects sitrep speaks. Only what differs between them lives here. */
enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String suffix;

  Dialect(String suffix) {
    this.suffix = suffix;
  }

  /** The name used in migration file names: {@code v1.sqlite.sql}. */
  String suffix() {
    return suffix;
  }
}
