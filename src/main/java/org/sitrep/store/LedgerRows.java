package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Summary;

/** Reads and writes the ledger's entry and thread rows on one connection. */
final class LedgerRows {
  private static final String ENTRY_ORDER = " ORDER BY day, article_id, ord";

  private final Connection c;

  LedgerRows(Connection c) {
    this.c = c;
  }

  List<Entry> entries(String where, Object... params) throws SQLException {
    String sql = "SELECT " + LedgerTables.ENTRY_COLUMNS + " FROM ledger_entries WHERE " + where + ENTRY_ORDER;
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Columns.setAll(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(entry(rs));
      }
    }
    return out;
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    return new Entry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
        rs.getString(11), rs.getString(12), Columns.getDouble(rs, "low"), Columns.getDouble(rs, "high"),
        rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
        rs.getString(20), rs.getString(21));
  }

  /** Threads an article's entries belong to. */
  Set<String> threadsOf(String articleId) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT DISTINCT thread FROM ledger_entries WHERE article_id = ?")) {
      p.setString(1, articleId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  void insert(Collection<Entry> entries) throws SQLException {
    String sql = "INSERT INTO ledger_entries (" + LedgerTables.ENTRY_COLUMNS + ") VALUES ("
        + "?, ".repeat(20) + "?)";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (Entry e : entries) {
        Columns.setAll(p, e.articleId(), e.ord(), e.base(), e.thread(), e.storyId(), e.day(),
            e.outlet(), e.measure(), e.kind(), e.per(), e.unit(), e.qualifier(), e.low(), e.high(),
            e.subject(), e.state(), e.noun(), e.place(), e.claimant(), e.claimantKey(), e.evidence());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  int execute(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Columns.setAll(p, params);
      return p.executeUpdate();
    }
  }

  /** Recomputes the summary rows of some threads from their entries. */
  void summarise(Collection<String> threads, Function<List<Entry>, Summary> summary)
      throws SQLException {
    for (String thread : new TreeSet<>(threads)) {
      execute("DELETE FROM ledger_threads WHERE thread = ?", thread);
      List<Entry> entries = entries("thread = ?", thread);
      if (!entries.isEmpty()) write(summary.apply(entries));
    }
  }

  private void write(Summary s) throws SQLException {
    String sql = "INSERT INTO ledger_threads (" + LedgerTables.THREAD_COLUMNS + ") VALUES ("
        + "?, ".repeat(22) + "?)";
    execute(sql, s.thread(), s.base(), s.measure(), s.kind(), s.per(), s.unit(), s.subject(),
        s.state(), s.noun(), s.place(), s.basis(), s.claims(), s.stories(), s.claimants(),
        s.firstDay(), s.lastDay(), s.low(), s.high(), s.centralLow(), s.centralHigh(), s.disputed(),
        s.revised(), s.latest());
  }

  List<Summary> summaries(String where, Object... params) throws SQLException {
    String sql = "SELECT " + LedgerTables.THREAD_COLUMNS + " FROM ledger_threads"
        + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY last_day DESC, thread";
    List<Summary> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Columns.setAll(p, params);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(summary(rs));
      }
    }
    return out;
  }

  private static Summary summary(ResultSet rs) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
        rs.getString(15), rs.getString(16), Columns.getDouble(rs, "low"),
        Columns.getDouble(rs, "high"), Columns.getDouble(rs, "central_low"),
        Columns.getDouble(rs, "central_high"), rs.getInt(21) != 0, rs.getInt(22) != 0,
        rs.getString(23));
  }
}
