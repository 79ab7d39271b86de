package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The figures ledger's own tables, beside the store's schema and created on first use: which
 * articles are indexed, one row per claim with its thread, one summary row per thread, and the
 * user's split and merge corrections. They hold nothing the store cannot rebuild except the
 * corrections.
 */
final class LedgerTables {
  static final String ENTRY_COLUMNS = "article_id, ord, base, thread, story_id, day, outlet, measure,"
      + " kind, per, unit, qualifier, low, high, subject, state, noun, place, claimant,"
      + " claimant_key, evidence";
  static final String THREAD_COLUMNS = "thread, base, measure, kind, per, unit, subject, state, noun,"
      + " place, basis, claims, stories, claimants, first_day, last_day, low, high, central_low,"
      + " central_high, disputed, revised, latest";

  private LedgerTables() {}

  static void create(Connection c, Dialect dialect) throws SQLException {
    String real = dialect == Dialect.POSTGRESQL ? "DOUBLE PRECISION" : "REAL";
    try (Statement s = c.createStatement()) {
      for (String sql : statements(real)) s.execute(sql);
    }
  }

  private static List<String> statements(String real) {
    return List.of(
        "CREATE TABLE IF NOT EXISTS ledger_articles (article_id TEXT PRIMARY KEY,"
            + " analysis_version TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS ledger_entries (article_id TEXT NOT NULL, ord INTEGER NOT NULL,"
            + " base TEXT NOT NULL, thread TEXT NOT NULL, story_id TEXT, day TEXT, outlet TEXT,"
            + " measure TEXT, kind TEXT, per TEXT, unit TEXT, qualifier TEXT, low " + real + ","
            + " high " + real + ", subject TEXT, state TEXT, noun TEXT, place TEXT, claimant TEXT,"
            + " claimant_key TEXT, evidence TEXT, PRIMARY KEY (article_id, ord))",
        "CREATE INDEX IF NOT EXISTS ledger_entries_thread ON ledger_entries(thread)",
        "CREATE INDEX IF NOT EXISTS ledger_entries_base ON ledger_entries(base)",
        "CREATE TABLE IF NOT EXISTS ledger_threads (thread TEXT PRIMARY KEY, base TEXT,"
            + " measure TEXT, kind TEXT, per TEXT, unit TEXT, subject TEXT, state TEXT, noun TEXT,"
            + " place TEXT, basis TEXT, claims INTEGER, stories INTEGER, claimants INTEGER,"
            + " first_day TEXT, last_day TEXT, low " + real + ", high " + real + ","
            + " central_low " + real + ", central_high " + real + ", disputed INTEGER,"
            + " revised INTEGER, latest TEXT)",
        "CREATE TABLE IF NOT EXISTS ledger_corrections (id TEXT PRIMARY KEY, action TEXT NOT NULL,"
            + " thread TEXT NOT NULL, target TEXT NOT NULL, claims TEXT, made TEXT NOT NULL)");
  }
}
