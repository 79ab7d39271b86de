package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The figures ledger's own tables, beside the store's schema and created on first use: which
 * articles are indexed, one row per claim with its thread (kept in thread and claimant order, so
 * a thread's claims are read in one sweep), one row per claimant of a thread with its latest
 * estimate, one summary row per thread, the threads and claimants due for re-summarising after a
 * staged change, and the user's split and merge corrections. They hold
 * nothing the store cannot rebuild except the corrections: when their layout changes they are
 * dropped and rebuilt from the store on the next sync.
 */
final class LedgerTables {
  /**
   * The layout of the rebuildable tables, or of what goes into them; a store with an older one has
   * them rebuilt. 4: a pronoun claimant is stored as the actor it stands for. 5: a figure with
   * neither a state nor a place is grouped under the country its article names most. 6: a figure
   * of one incident is grouped with that incident's, by its day and place. 7: fates read anew: a
   * partitive right after a figure's number ("40 of them were downed") no longer hides it, a part
   * takes its own verb's ("shot down 40 of the 54") and its whole is launched, a number conjoined
   * to another shares its verb ("launched 80 drones and three missiles"); a total or snapshot the
   * text dates before its report is an estimate of that day ("3,000 in January"); a story's theatre
   * counts its bodies' mentions for their country and never its dateline's. 8: an earlier figure a
   * text compares ("up from 38 reported earlier") comes before its article's other figures; a toll,
   * the dead or the wounded count people. 9: a figure no one is named for is its outlet's own, so two
   * outlets' unattributed figures are two claimants. 10: captives released, freed or rescued are a
   * fate of their own, apart from those taken. 11: a claimant's latest estimate the text gives only
   * as an earlier figure ("had earlier put the toll at six") is marked, and yields to a later one.
   * 12: an article's theatre is where its figures and acts are placed, before whom it names most.
   * 13: fighters are a class of their own, not troops. 14: a total of a period its text gives
   * ("110 killed last year") is grouped with that period's, and a town's total with the town's. 15:
   * a claimant's total that only grows from day to day is counted on, not revised. 16: a claimant
   * named by a role noun ("the ministry") shows the actor it was resolved to. 17: an incident
   * placed only in a country ("in Niger") keys as the country, as one with no place does; and an
   * incident figure with no place, or a coarser one, takes the town its article names for that
   * day's incident. 18: an incident figure whose text gives no day of the incident joins the one
   * incident of its family from the days just before its report; a denial joins its day's toll and
   * its words label no thread. 19: a spokesperson's figure is the claim of the body spoken for.
   * 20: an incident's family spans its country, and each claim keeps where it is placed
   * ({@code place_path}), so that a follow-up naming only the region or the country joins the town's
   * incident. 21: a night ("Tuesday night", a report's "overnight") is an incident of its own,
   * keyed by the day it starts on ("2025-07-01TNI"), apart from that day's; a thread keeps the
   * state its place lies in ({@code area}). 22: a part of a figure just before it ("3.2 million of
   * them have fled abroad") is no revision of the whole, and a clause of another act after a number
   * ("rose to 35 after a wounded woman died") gives it no fate. 23: a sentence's opening "Of
   * those," makes a part, "had stood at" an earlier figure. 24: tanks, ships and other weapons that
   * do not fly are destroyed, not intercepted. 25: a pronoun claimant no rule resolved stands for
   * the speaker of a quote just before it, when that speaker was named after the figure before.
   * 26: a figure the story spreads over the country ("killed across Ukraine") keeps the country,
   * not the town the same night's attack hit. 27: a toll that names no one counts the one class of
   * people the article's other figures of its incident and harm count. 28: a total over a span of
   * two dates ("between January and April") is that span's, "from 2026-01 to 2026-04", or the
   * quarter, half or year the span is ("between January and March" is "in 2026-Q1"). 29: losses a
   * side counts ("North Korean losses") are troops', unless the words say civilians; and
   * a harm to a part of a whole its sentence counted unharmed ("deployed 10,000 troops, and about
   * 4,000 of them had been killed or wounded") is no part, but the whole's casualties.
   * 30: a national toll told before a town's stays the country's; an incident dated by an earlier
   * month keys as that month. 31: children, women or civilians of a follow-up join the one incident
   * in reach. 32: a claimant's toll told as risen ("rose to five") overtakes a lower one of the
   * same day (ledger_claimants.risen). 33: a night read from a day's small hours ("early on Monday")
   * is that day's incident where other stories tell the day's and none the night's
   * (ledger_entries.dawn). 34: a rate given on a later day is a new reading, not a revision, and
   * one given more than a week before another claimant's newest disputes nothing.
   */
  static final int VERSION = 34;
  static final String ENTRY_COLUMNS = "article_id, ord, base, thread, story_id, day, outlet, measure,"
      + " kind, per, unit, qualifier, low, high, subject, state, noun, place, claimant,"
      + " claimant_key, evidence, fate, incident, period, earlier, family, floating, place_path, dawn";
  static final String CLAIMANT_COLUMNS = "thread, claimant_key, claimant, low, high, qualifier,"
      + " first_day, estimates, claims, earlier, revised, risen";
  static final String THREAD_COLUMNS = "thread, base, measure, kind, per, unit, subject, state, noun,"
      + " place, basis, claims, stories, claimants, first_day, last_day, low, high, central_low,"
      + " central_high, disputed, revised, latest, fate, incident, period, area";
  private static final List<String> REBUILT = List.of("ledger_articles", "ledger_entries",
      "ledger_claimants", "ledger_threads", "ledger_due");

  private LedgerTables() {}

  static void create(Connection c, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)");
      // Comparing the ledger with the store then reads this index, never the articles' texts.
      s.execute("CREATE INDEX IF NOT EXISTS ledger_article_versions ON articles(id, analysis_version)");
      int version = version(s);
      if (version == VERSION) return;
      for (String table : REBUILT) s.execute("DROP TABLE IF EXISTS " + table);
      for (String sql : statements(dialect)) s.execute(sql);
      s.execute("DELETE FROM ledger_schema");
      s.execute("INSERT INTO ledger_schema (version) VALUES (" + VERSION + ")");
    }
  }

  private static int version(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM ledger_schema")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static List<String> statements(Dialect dialect) {
    String real = dialect == Dialect.POSTGRESQL ? "DOUBLE PRECISION" : "REAL";
    // SQLite keeps a WITHOUT ROWID table in primary key order: a thread's rows sit together.
    String clustered = dialect == Dialect.SQLITE ? " WITHOUT ROWID" : "";
    return List.of(
        "CREATE TABLE ledger_articles (article_id TEXT PRIMARY KEY, analysis_version TEXT NOT NULL)",
        "CREATE TABLE ledger_entries (article_id TEXT NOT NULL, ord INTEGER NOT NULL,"
            + " base TEXT NOT NULL, thread TEXT NOT NULL, story_id TEXT, day TEXT, outlet TEXT,"
            + " measure TEXT, kind TEXT, per TEXT, unit TEXT, qualifier TEXT, low " + real + ","
            + " high " + real + ", subject TEXT, state TEXT, noun TEXT, place TEXT, claimant TEXT,"
            + " claimant_key TEXT NOT NULL, evidence TEXT, fate TEXT, incident TEXT, period TEXT, earlier INTEGER NOT NULL,"
            + " family TEXT, floating INTEGER NOT NULL, place_path TEXT, dawn INTEGER NOT NULL,"
            + " PRIMARY KEY (thread, claimant_key, article_id, ord))" + clustered,
        "CREATE UNIQUE INDEX ledger_entries_claim ON ledger_entries(article_id, ord)",
        "CREATE INDEX ledger_entries_family_day ON ledger_entries(family, day)",
        "CREATE INDEX ledger_entries_family_incident ON ledger_entries(family, incident)",
        "CREATE TABLE ledger_claimants (thread TEXT NOT NULL, claimant_key TEXT NOT NULL,"
            + " claimant TEXT, low " + real + ", high " + real + ", qualifier TEXT, first_day TEXT,"
            + " estimates INTEGER NOT NULL, claims INTEGER NOT NULL, earlier INTEGER NOT NULL, revised INTEGER NOT NULL,"
            + " risen INTEGER NOT NULL,"
            + " PRIMARY KEY (thread, claimant_key))" + clustered,
        "CREATE TABLE ledger_threads (thread TEXT PRIMARY KEY, base TEXT,"
            + " measure TEXT, kind TEXT, per TEXT, unit TEXT, subject TEXT, state TEXT, noun TEXT,"
            + " place TEXT, basis TEXT, claims INTEGER, stories INTEGER, claimants INTEGER,"
            + " first_day TEXT, last_day TEXT, low " + real + ", high " + real + ","
            + " central_low " + real + ", central_high " + real + ", disputed INTEGER,"
            + " revised INTEGER, latest TEXT, fate TEXT, incident TEXT, period TEXT, area TEXT)",
        "CREATE TABLE ledger_due (thread TEXT NOT NULL, claimant_key TEXT NOT NULL,"
            + " PRIMARY KEY (thread, claimant_key))" + clustered,
        "CREATE TABLE IF NOT EXISTS ledger_corrections (id TEXT PRIMARY KEY, action TEXT NOT NULL,"
            + " thread TEXT NOT NULL, target TEXT NOT NULL, claims TEXT, made TEXT NOT NULL)");
  }
}
