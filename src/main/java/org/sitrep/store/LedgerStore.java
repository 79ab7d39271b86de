package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashMap;
import org.sitrep.record.Record;

/**
 * The figures ledger's persistence, kept in the same database as the store but in tables of its
 * own: every claim with the thread it belongs to, a summary row per thread (so listing threads
 * reads one small table), and the user's corrections. What a thread is and how a summary is
 * computed is decided by the caller ({@code org.sitrep.figures}); this class only keeps rows,
 * one transaction per change.
 */
public final class LedgerStore implements AutoCloseable {
  /**
   * One claim in the ledger; {@code base} is its computed thread, {@code thread} after corrections;
   * {@code incident} the day of the one incident it counts, if it counts one; {@code earlier} when
   * the text gives it as an earlier figure than the one it is compared with ("up from 38"), which
   * its article's other figures then follow; {@code family} the incident's key without its day,
   * and {@code floating} when the text gives no day of the incident, so that its day is the
   * report's until a {@link Linker} finds the incident it counts; {@code placePath} where the claim is
   * placed, coarsest first ("UKR/odesa oblast/odesa"), or null when its text places it nowhere;
   * {@code dawn} when its incident is a night read from the small hours of the day after it ("early
   * on Monday"), which a {@link Linker} may give that day instead.
   */
  public record Entry(String articleId, int ord, String base, String thread, String storyId,
      String day, String outlet, String measure, String kind, String per, String unit,
      String qualifier, Double low, Double high, String subject, String state, String noun,
      String place, String claimant, String claimantKey, String evidence, String fate,
      String incident, String period, boolean earlier, String family, boolean floating, String placePath,
      boolean dawn) {
    /** An entry whose incident, if any, is not a night read from a day's small hours. */
    public Entry(String articleId, int ord, String base, String thread, String storyId,
        String day, String outlet, String measure, String kind, String per, String unit,
        String qualifier, Double low, Double high, String subject, String state, String noun,
        String place, String claimant, String claimantKey, String evidence, String fate,
        String incident, String period, boolean earlier, String family, boolean floating, String placePath) {
      this(articleId, ord, base, thread, storyId, day, outlet, measure, kind, per, unit, qualifier,
          low, high, subject, state, noun, place, claimant, claimantKey, evidence, fate, incident,
          period, earlier, family, floating, placePath, false);
    }

    /** An entry placed nowhere the ledger can nest. */
    public Entry(String articleId, int ord, String base, String thread, String storyId,
        String day, String outlet, String measure, String kind, String per, String unit,
        String qualifier, Double low, Double high, String subject, String state, String noun,
        String place, String claimant, String claimantKey, String evidence, String fate,
        String incident, String period, boolean earlier, String family, boolean floating) {
      this(articleId, ord, base, thread, storyId, day, outlet, measure, kind, per, unit, qualifier,
          low, high, subject, state, noun, place, claimant, claimantKey, evidence, fate, incident,
          period, earlier, family, floating, null);
    }

    /** An entry of no incident family. */
    public Entry(String articleId, int ord, String base, String thread, String storyId,
        String day, String outlet, String measure, String kind, String per, String unit,
        String qualifier, Double low, Double high, String subject, String state, String noun,
        String place, String claimant, String claimantKey, String evidence, String fate,
        String incident, String period, boolean earlier) {
      this(articleId, ord, base, thread, storyId, day, outlet, measure, kind, per, unit, qualifier,
          low, high, subject, state, noun, place, claimant, claimantKey, evidence, fate, incident,
          period, earlier, null, false);
    }

    /** This entry moved to another thread, with the base and incident day it now has. */
    public Entry movedTo(String newBase, String newThread, String newIncident) {
      return new Entry(articleId, ord, newBase, newThread, storyId, day, outlet, measure, kind, per,
          unit, qualifier, low, high, subject, state, noun, place, claimant, claimantKey, evidence,
          fate, newIncident, period, earlier, family, floating, placePath, dawn);
    }

    /** "ARTICLEID#ORD", how a claim is named on the command line. */
    public String claimId() {
      return articleId + "#" + ord;
    }
  }

  /** One thread's summary row. */
  public record Summary(String thread, String base, String measure, String kind, String per,
      String unit, String subject, String state, String noun, String place, String basis,
      int claims, int stories, int claimants, String firstDay, String lastDay, Double low,
      Double high, Double centralLow, Double centralHigh, boolean disputed, boolean revised,
      String latest, String fate, String incident, String period, String area) {}

  /**
   * A claimant's standing in one thread: its latest estimate, and how many it has given; {@code
   * earlier} when the text gives that estimate only as an earlier figure ("had earlier put the toll
   * at six"); {@code revised} when its estimates revise one another, more than a total counted on;
   * {@code risen} when its text tells the latest as a toll that has risen ("rose to five").
   */
  public record Claimant(String thread, String claimantKey, String claimant, Double low,
      Double high, String qualifier, String firstDay, int estimates, int claims, boolean earlier,
      boolean revised, boolean risen) {}

  /**
   * What a thread's summary is made from, read by the store in one sweep over the thread's claims:
   * the first claim (by day, article, claim), counts, days, the envelope, whether claims of other
   * computed threads were moved in ({@code mixed}), whether all are increments, whether all count
   * one incident, how often each subject wording occurs among figures of more than none (a
   * denial's "no civilians" names no thread), and the claimant rows.
   */
  public record Totals(Entry first, int claims, int stories, String firstDay, String lastDay,
      Double low, Double high, boolean mixed, boolean increments, boolean incidents,
      Map<String, Integer> subjects, List<Claimant> claimants) {}

  /** How claims become claimant rows and claimant rows become a thread's summary (the caller's rules). */
  public interface Summarizer {
    /** A claimant's row from all its claims in one thread. */
    Claimant claimant(List<Entry> own);

    Summary thread(Totals totals);
  }

  /**
   * Which incident the claims of one family count, when some give no day of their own (the
   * caller's rules). The thread of a floating entry must depend only on the family's entries
   * whose incident day lies up to {@link #reachDays()} days before its report's day, up to that
   * day, and a dated entry's only on those of its own incident day; so whenever claims of a family
   * change, the store hands the linker the family's claims of the days around them, and the answer
   * never depends on the order they arrived in.
   */
  public interface Linker {
    /** The family's entries, each with the base, thread and incident day it belongs in. */
    List<Entry> link(List<Entry> family);

    /** How many days before its report a floating entry's incident may be. */
    int reachDays();
  }

  /** An article's new entries, or its removal when {@code entries} is null. */
  public record Change(String articleId, String version, List<Entry> entries) {}

  /** A user's correction: {@code split} (claims of thread moved to target) or {@code merge}. */
  public record Correction(String action, String thread, String target, List<String> claims) {}

  /** A stored article as the ledger needs it. */
  public record Source(Record record, String storyId, String day, String outlet, String version) {}

  /** Articles to index (new or re-analysed) and to drop (deleted from the store). */
  public record Pending(List<String> index, List<String> drop) {
    public boolean isEmpty() {
      return index.isEmpty() && drop.isEmpty();
    }
  }

  private final Location location;
  private final Connection connection;
  private final Transactions tx;
  /** The ledger's statements, prepared once for the life of the connection. */
  private final LedgerRows rows;

  private LedgerStore(Location location, Connection connection) {
    this.location = location;
    this.connection = connection;
    this.tx = new Transactions(connection, location);
    this.rows = new LedgerRows(connection);
  }

  /** Opens the ledger of an existing store, creating its tables when missing. */
  public static LedgerStore open(String location) {
    Location where = Location.parse(location);
    LedgerStore ledger = new LedgerStore(where, Connections.open(where, true));
    try {
      ledger.tx.inTransaction("creating the ledger tables", c -> {
        LedgerTables.create(c, where.dialect());
        return null;
      });
      return ledger;
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  public Pending pending() {
    return tx.read("comparing the ledger with the store", c -> new Pending(
        ids(c, "SELECT a.id FROM articles a LEFT JOIN ledger_articles l ON l.article_id = a.id"
            + " WHERE l.article_id IS NULL OR l.analysis_version <> a.analysis_version ORDER BY a.id"),
        ids(c, "SELECT l.article_id FROM ledger_articles l LEFT JOIN articles a"
            + " ON a.id = l.article_id WHERE a.id IS NULL ORDER BY l.article_id")));
  }

  private static List<String> ids(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  /** The stored record with its story, day, outlet and analysis version. */
  public Optional<Source> source(String articleId) {
    return tx.read("reading article " + articleId, c -> {
      Optional<Record> record = new ArticleReader(c).read(articleId);
      if (record.isEmpty()) return Optional.empty();
      try (PreparedStatement p = c.prepareStatement("SELECT story_id, day, COALESCE(source, site),"
          + " analysis_version FROM articles WHERE id = ?")) {
        p.setString(1, articleId);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return Optional.of(new Source(record.get(), rs.getString(1), rs.getString(2),
              rs.getString(3), rs.getString(4)));
        }
      }
    });
  }

  /** The article row only (no record): story, day, outlet, analysis version; record is null. */
  public Optional<Source> article(String articleId) {
    return tx.read("reading article " + articleId, c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT story_id, day, COALESCE(source, site),"
          + " analysis_version FROM articles WHERE id = ?")) {
        p.setString(1, articleId);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) return Optional.<Source>empty();
          return Optional.of(new Source(null, rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4)));
        }
      }
    });
  }

  /** Applies many articles' changes in one transaction, summarising each touched thread once. */
  public void apply(List<Change> changes, Linker linker, Summarizer summarizer) {
    write("indexing the figures of " + changes.size() + " articles", rows -> {
      rows.summarise(change(changes, linker), summarizer);
      return null;
    });
  }

  /**
   * Applies changes but only marks the threads and claimants they touch as due: {@link #flush}
   * summarises them, each once however many articles touched it. The cheap half of the ingest
   * hook; the marks are rows, so a crash between the two loses nothing.
   */
  public void stage(List<Change> changes, Linker linker) {
    write("indexing the figures of " + changes.size() + " articles", rows -> {
      rows.markDue(change(changes, linker));
      return null;
    });
  }

  /** Summarises every thread and claimant marked due; returns how many threads that was. */
  public int flush(Summarizer summarizer) {
    if (read("reading the due threads", rows -> rows.due().isEmpty())) return 0;
    return write("summarising the figures threads", rows -> {
      Map<String, Set<String>> due = rows.due();
      rows.summarise(due, summarizer);
      rows.execute("DELETE FROM ledger_due");
      return due.size();
    });
  }

  /**
   * Writes the changes' entries and links the incident families they left or joined anew;
   * returns the threads and claimants that gained or lost a claim.
   */
  private Map<String, Set<String>> change(List<Change> changes, Linker linker) throws SQLException {
    Map<String, Set<String>> touched = new HashMap<>();
    Map<String, LedgerRows.Days> families = new java.util.TreeMap<>();
    for (Change change : changes) {
      rows.touchedBy(change.articleId(), touched, families);
      rows.execute("DELETE FROM ledger_entries WHERE article_id = ?", change.articleId());
      rows.execute("DELETE FROM ledger_articles WHERE article_id = ?", change.articleId());
      if (change.entries() == null) continue;
      rows.insert(change.entries());
      rows.execute("INSERT INTO ledger_articles (article_id, analysis_version) VALUES (?, ?)",
          change.articleId(), change.version());
      for (Entry e : change.entries()) {
        LedgerRows.touch(touched, e.thread(), e.claimantKey());
        if (e.family() != null) families.computeIfAbsent(e.family(), f -> new LedgerRows.Days()).add(e.day(), e.incident());
      }
    }
    for (var family : families.entrySet()) rows.link(family.getKey(), family.getValue(), linker, touched);
    return touched;
  }

  /** Moves claims (by {@link Entry#claimId()}) to other threads and re-summarises. */
  public void reassign(Map<String, String> threadByClaim, Summarizer summarizer) {
    write("moving claims between threads", rows -> {
      Map<String, Set<String>> touched = new HashMap<>();
      for (Map.Entry<String, String> move : threadByClaim.entrySet()) {
        int hash = move.getKey().lastIndexOf('#');
        String article = move.getKey().substring(0, hash);
        int ord = Integer.parseInt(move.getKey().substring(hash + 1));
        for (Entry e : rows.entries("article_id = ? AND ord = ?", article, ord)) {
          LedgerRows.touch(touched, e.thread(), e.claimantKey());
          LedgerRows.touch(touched, move.getValue(), e.claimantKey());
        }
        rows.execute("UPDATE ledger_entries SET thread = ? WHERE article_id = ? AND ord = ?",
            move.getValue(), article, ord);
      }
      rows.summarise(touched, summarizer);
      return null;
    });
  }

  /** Work on the ledger's rows. */
  private interface RowsWork<T> {
    T run(LedgerRows rows) throws SQLException;
  }

  private <T> T write(String doing, RowsWork<T> work) {
    return tx.inTransaction(doing, c -> work.run(rows));
  }

  private <T> T read(String doing, RowsWork<T> work) {
    return tx.read(doing, c -> work.run(rows));
  }

  public List<Summary> threads() {
    return read("listing threads", rows -> rows.summaries(""));
  }

  public Optional<Summary> thread(String id) {
    return read("reading thread " + id, rows -> rows.summaries("thread = ?", id).stream().findFirst());
  }

  /** Threads whose id starts with a prefix. */
  public List<String> threadIds(String prefix) {
    return read("looking up thread " + prefix, rows -> rows
        .summaries("thread LIKE ?", prefix.replace("%", "") + "%").stream()
        .map(Summary::thread).toList());
  }

  /** A thread's claims, oldest first. */
  public List<Entry> entries(String thread) {
    return read("reading thread " + thread, rows -> rows.entries("thread = ?", thread));
  }

  /** One article's claims, with the thread each is in now. */
  public List<Entry> articleEntries(String articleId) {
    return tx.read("reading the threads of " + articleId,
        c -> new LedgerRows(c).entries("article_id = ?", articleId));
  }

  public void addCorrection(Correction k) {
    write("saving a correction", rows -> rows.execute(
        "INSERT INTO ledger_corrections (id, action, thread, target, claims, made) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING", k.action() + ":" + k.thread() + ":" + k.target(),
        k.action(), k.thread(), k.target(), String.join(" ", k.claims()), Instant.now().toString()));
  }

  /** Every correction, in the order made. */
  public List<Correction> corrections() {
    return tx.read("reading corrections", c -> {
      List<Correction> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT action, thread, target, claims"
          + " FROM ledger_corrections ORDER BY made, id"); ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String claims = rs.getString(4);
          out.add(new Correction(rs.getString(1), rs.getString(2), rs.getString(3),
              claims == null || claims.isBlank() ? List.of() : Arrays.asList(claims.split(" "))));
        }
      }
      return out;
    });
  }

  /** The newest article day in the store, for the stale flag. */
  public Optional<String> newestDay() {
    return tx.read("reading the newest day", c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT MAX(day) FROM articles");
          ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    });
  }

  public String describe() {
    return location.display();
  }

  @Override
  public void close() {
    try (connection) {
      rows.close();
    } catch (SQLException e) {
      throw Connections.translate(e, location, "closing");
    }
  }
}
