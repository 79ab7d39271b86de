package org.sitrep.cli;

import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** {@code --db PATH|URL}, shared by every command that reads or writes the store. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description = "SQLite file or postgresql://user@host:port/db (default: $SITREP_DB, else ./"
          + Store.DEFAULT_FILE + ").")
  String db;

  /** The location after --db, then SITREP_DB, then the default file. */
  String location() {
    return Store.location(db);
  }

  /** Opens the store for a query: never creates an empty database. */
  Store openExisting() {
    return Store.openExisting(location());
  }

  /** Opens the store for writing, creating and migrating it when needed. */
  Store open() {
    return Store.open(location());
  }
}
