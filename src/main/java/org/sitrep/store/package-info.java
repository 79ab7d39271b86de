/** Keeping records in SQLite or PostgreSQL. Only this package uses JDBC. */
package org.sitrep.store;
