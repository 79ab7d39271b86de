package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Claimant;
import org.sitrep.store.LedgerStore.Entry;
import org.sitrep.store.LedgerStore.Summarizer;
import org.sitrep.store.LedgerStore.Summary;
import org.sitrep.store.LedgerStore.Totals;

/**
 * Reads and writes the ledger's rows on one connection, keeping each statement prepared for the
 * life of the object (the ledger's connection). Summaries are kept incrementally: a change re-reads only
 * the claims of the claimants it touched, and each touched thread is re-summarised from its
 * claimant rows and one aggregate sweep over its claims.
 */
final class LedgerRows implements AutoCloseable {
  private static final String ENTRY_ORDER = " ORDER BY day, article_id, ord";
  /** What an incident that is a night ends with: "2026-03-01TNI". */
  private static final String NIGHT = "TNI";

  private final Connection c;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  LedgerRows(Connection c) {
    this.c = c;
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement p = prepared.get(sql);
    if (p == null) {
      p = c.prepareStatement(sql);
      prepared.put(sql, p);
    }
    p.clearParameters();
    Columns.setAll(p, params);
    return p;
  }

  List<Entry> entries(String where, Object... params) throws SQLException {
    return entries(where, ENTRY_ORDER, params);
  }

  private List<Entry> entries(String where, String order, Object... params) throws SQLException {
    String sql = "SELECT " + LedgerTables.ENTRY_COLUMNS + " FROM ledger_entries WHERE " + where + order;
    List<Entry> out = new ArrayList<>();
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      while (rs.next()) out.add(entry(rs));
    }
    return out;
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    return new Entry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
        rs.getString(11), rs.getString(12), nullable(rs, 13), nullable(rs, 14),
        rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
        rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24), rs.getInt(25) != 0,
        rs.getString(26), rs.getInt(27) != 0, rs.getString(28), rs.getInt(29) != 0);
  }

  /**
   * The (thread, claimant) pairs an article's claims are in, added to {@code touched}, and the
   * incident families they belong to with their days, added to {@code families}.
   */
  void touchedBy(String articleId, Map<String, Set<String>> touched, Map<String, Days> families) throws SQLException {
    try (ResultSet rs = prepare("SELECT thread, claimant_key, family, day, incident FROM ledger_entries"
        + " WHERE article_id = ?", articleId).executeQuery()) {
      while (rs.next()) {
        touch(touched, rs.getString(1), rs.getString(2));
        String family = rs.getString(3);
        if (family != null) families.computeIfAbsent(family, f -> new Days()).add(rs.getString(4), rs.getString(5));
      }
    }
  }

  /** The days a change to an incident family touched: its claims' report and incident days. */
  static final class Days {
    private LocalDate first;
    private LocalDate last;
    private boolean undated;

    void add(String... days) {
      for (String d : days) {
        LocalDate day = day(d);
        if (d != null && day == null) undated = true;
        if (day == null) continue;
        if (first == null || day.isBefore(first)) first = day;
        if (last == null || day.isAfter(last)) last = day;
      }
    }

    static LocalDate day(String value) {
      if (value == null || value.length() < 10) return null;
      try {
        return LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /**
   * Puts each claim of an incident family whose link a change may have moved where the linker
   * says, touching the threads and claimants a moved claim leaves and joins. Only the days around
   * the change are read: a floating claim reported from the change's first day to {@link
   * LedgerStore.Linker#reachDays()} after its last, a dated claim of the days changed, and every
   * claim their links may depend on.
   */
  void link(String family, Days days, LedgerStore.Linker linker, Map<String, Set<String>> touched) throws SQLException {
    List<Entry> now;
    LocalDate from = null;
    LocalDate to = null;
    if (days.first == null || days.undated) {
      now = entries("family = ?", ENTRY_ORDER, family);
    } else {
      from = days.first;
      to = days.last.plusDays(linker.reachDays());
      String lo = from.minusDays(linker.reachDays()).toString();
      String end = to.plusDays(1).toString();
      now = entries("family = ? AND (day >= ? AND day < ? OR incident >= ? AND incident < ?)", ENTRY_ORDER,
          family, lo, end, lo, end);
    }
    List<Entry> linked = linker.link(now);
    if (linked.size() != now.size()) throw new IllegalStateException("a linker must keep every claim of its family");
    for (int i = 0; i < now.size(); i++) {
      Entry was = now.get(i);
      Entry is = linked.get(i);
      if (!was.claimId().equals(is.claimId())) throw new IllegalStateException("a linker must keep its family's order");
      if (was.thread().equals(is.thread()) && was.base().equals(is.base())
          && java.util.Objects.equals(was.incident(), is.incident())) continue;
      // a floating claim reported in the days read, a dated one of the days changed
      LocalDate when = was.floating() ? Days.day(was.day()) : Days.day(was.incident());
      // a night read from a day's small hours is that day's when a linker gives it the day
      if (was.dawn() && when != null && was.incident().endsWith(NIGHT)) when = when.plusDays(1);
      LocalDate until = was.floating() ? to : days.last;
      if (from != null && (when == null || when.isBefore(from) || when.isAfter(until))) continue;
      touch(touched, was.thread(), was.claimantKey());
      touch(touched, is.thread(), is.claimantKey());
      execute("UPDATE ledger_entries SET thread = ?, base = ?, incident = ? WHERE article_id = ? AND ord = ?",
          is.thread(), is.base(), is.incident(), was.articleId(), was.ord());
    }
  }

  /** Marks threads and claimants as due for summarising. */
  void markDue(Map<String, Set<String>> touched) throws SQLException {
    PreparedStatement p = prepare("INSERT INTO ledger_due (thread, claimant_key) VALUES (?, ?)"
        + " ON CONFLICT (thread, claimant_key) DO NOTHING");
    for (Map.Entry<String, Set<String>> t : touched.entrySet()) {
      for (String claimant : t.getValue()) {
        Columns.setAll(p, t.getKey(), claimant);
        p.addBatch();
      }
    }
    p.executeBatch();
  }

  /** The threads and claimants marked due. */
  Map<String, Set<String>> due() throws SQLException {
    Map<String, Set<String>> out = new HashMap<>();
    try (ResultSet rs = prepare("SELECT thread, claimant_key FROM ledger_due").executeQuery()) {
      while (rs.next()) touch(out, rs.getString(1), rs.getString(2));
    }
    return out;
  }

  static void touch(Map<String, Set<String>> touched, String thread, String claimantKey) {
    touched.computeIfAbsent(thread, t -> new TreeSet<>()).add(claimantKey);
  }

  void insert(Collection<Entry> entries) throws SQLException {
    if (entries.isEmpty()) return;
    String sql = "INSERT INTO ledger_entries (" + LedgerTables.ENTRY_COLUMNS + ") VALUES ("
        + "?, ".repeat(28) + "?)";
    PreparedStatement p = prepare(sql);
    for (Entry e : entries) {
      Columns.setAll(p, e.articleId(), e.ord(), e.base(), e.thread(), e.storyId(), e.day(),
          e.outlet(), e.measure(), e.kind(), e.per(), e.unit(), e.qualifier(), e.low(), e.high(),
          e.subject(), e.state(), e.noun(), e.place(), e.claimant(), e.claimantKey(), e.evidence(),
          e.fate(), e.incident(), e.period(), e.earlier() ? 1 : 0, e.family(), e.floating() ? 1 : 0,
          e.placePath(), e.dawn() ? 1 : 0);
      p.addBatch();
    }
    p.executeBatch();
  }

  int execute(String sql, Object... params) throws SQLException {
    return prepare(sql, params).executeUpdate();
  }

  /** Re-summarises the touched claimants of each touched thread, then the threads themselves. */
  void summarise(Map<String, Set<String>> touched, Summarizer summarizer) throws SQLException {
    for (Map.Entry<String, Set<String>> t : new TreeMap<>(touched).entrySet()) {
      for (String claimant : t.getValue()) {
        List<Entry> own = entries("thread = ? AND claimant_key = ?", "", t.getKey(), claimant);
        if (own.isEmpty()) {
          execute("DELETE FROM ledger_claimants WHERE thread = ? AND claimant_key = ?", t.getKey(), claimant);
        } else {
          write(summarizer.claimant(own));
        }
      }
      Totals totals = totals(t.getKey());
      if (totals == null) {
        execute("DELETE FROM ledger_threads WHERE thread = ?", t.getKey());
      } else {
        write(summarizer.thread(totals));
      }
    }
  }

  /** A thread's totals, from one sweep over its claims, or null when it has none left. */
  private Totals totals(String thread) throws SQLException {
    List<Entry> first = entries("thread = ?", " ORDER BY day IS NULL DESC, day, article_id, ord LIMIT 1", thread);
    if (first.isEmpty()) return null;
    try (ResultSet rs = prepare("SELECT COUNT(*), COUNT(DISTINCT COALESCE(story_id, '')), MIN(day),"
        + " MAX(day), MIN(low), MAX(COALESCE(high, low, 0)), MIN(base), MAX(base), MIN(kind),"
        + " MAX(kind) FROM ledger_entries WHERE thread = ?", thread).executeQuery()) {
      rs.next();
      boolean increments = "increment".equals(rs.getString(9)) && "increment".equals(rs.getString(10));
      boolean incidents = "incident".equals(rs.getString(9)) && "incident".equals(rs.getString(10));
      return new Totals(first.get(0), rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
          nullable(rs, 5), nullable(rs, 6), !rs.getString(7).equals(rs.getString(8)), increments,
          incidents, subjects(thread), claimants(thread));
    }
  }

  private static Double nullable(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private Map<String, Integer> subjects(String thread) throws SQLException {
    Map<String, Integer> out = new TreeMap<>();
    try (ResultSet rs = prepare("SELECT subject, COUNT(*) FROM ledger_entries WHERE thread = ?"
        + " AND subject IS NOT NULL AND NOT (low = 0 AND COALESCE(high, 0) = 0) GROUP BY subject",
        thread).executeQuery()) {
      while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
    }
    return out;
  }

  private List<Claimant> claimants(String thread) throws SQLException {
    List<Claimant> out = new ArrayList<>();
    try (ResultSet rs = prepare("SELECT " + LedgerTables.CLAIMANT_COLUMNS
        + " FROM ledger_claimants WHERE thread = ?", thread).executeQuery()) {
      while (rs.next()) {
        out.add(new Claimant(rs.getString(1), rs.getString(2), rs.getString(3), nullable(rs, 4),
            nullable(rs, 5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10) != 0,
            rs.getInt(11) != 0, rs.getInt(12) != 0));
      }
    }
    return out;
  }

  private void write(Claimant k) throws SQLException {
    execute(upsert("ledger_claimants", LedgerTables.CLAIMANT_COLUMNS, "thread, claimant_key"),
        k.thread(), k.claimantKey(), k.claimant(), k.low(), k.high(), k.qualifier(), k.firstDay(),
        k.estimates(), k.claims(), k.earlier(), k.revised(), k.risen());
  }

  private void write(Summary s) throws SQLException {
    execute(upsert("ledger_threads", LedgerTables.THREAD_COLUMNS, "thread"), s.thread(), s.base(),
        s.measure(), s.kind(), s.per(), s.unit(), s.subject(), s.state(), s.noun(), s.place(),
        s.basis(), s.claims(), s.stories(), s.claimants(), s.firstDay(), s.lastDay(), s.low(),
        s.high(), s.centralLow(), s.centralHigh(), s.disputed(), s.revised(), s.latest(), s.fate(),
        s.incident(), s.period(), s.area());
  }

  /** INSERT, or UPDATE every other column when the key is there (SQLite and PostgreSQL alike). */
  private static String upsert(String table, String columns, String key) {
    List<String> keys = List.of(key.split(",\\s*"));
    List<String> set = new ArrayList<>();
    for (String col : columns.split(",\\s*")) {
      if (!keys.contains(col)) set.add(col + " = excluded." + col);
    }
    return "INSERT INTO " + table + " (" + columns + ") VALUES ("
        + "?, ".repeat(columns.split(",").length - 1) + "?) ON CONFLICT (" + key + ") DO UPDATE SET "
        + String.join(", ", set);
  }

  List<Summary> summaries(String where, Object... params) throws SQLException {
    String sql = "SELECT " + LedgerTables.THREAD_COLUMNS + " FROM ledger_threads"
        + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY last_day DESC, thread";
    List<Summary> out = new ArrayList<>();
    try (ResultSet rs = prepare(sql, params).executeQuery()) {
      while (rs.next()) out.add(summary(rs));
    }
    return out;
  }

  private static Summary summary(ResultSet rs) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
        rs.getString(15), rs.getString(16), nullable(rs, 17), nullable(rs, 18), nullable(rs, 19),
        nullable(rs, 20), rs.getInt(21) != 0, rs.getInt(22) != 0, rs.getString(23),
        rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27));
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p : prepared.values()) p.close();
    prepared.clear();
  }
}
