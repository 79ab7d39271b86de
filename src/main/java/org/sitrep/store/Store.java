package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.record.Record;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Rows.ArticleRow;
import org.sitrep.store.Rows.ClaimRow;
import org.sitrep.store.Rows.EventRow;
import org.sitrep.store.Rows.QuoteRow;
import org.sitrep.store.Rows.SearchHit;

/**
 * Where records are kept: a SQLite file or a PostgreSQL database, with the same schema and the
 * same behaviour. Every write is one transaction per article, retried when another writer holds
 * the lock. A store is safe to share between threads (calls are serialised on its connection);
 * use one store per process for concurrent ingest.
 *
 * <pre>{@code
 * try (Store store = Store.open("sitrep.db")) {
 *   if (!store.has(input.name())) store.put(analyzer.analyze(input), ANALYSIS_VERSION);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
  /** The file used when neither --db nor SITREP_DB says otherwise. */
  public static final String DEFAULT_FILE = "sitrep.db";
  /** The environment variable naming the database. */
  public static final String ENV = "SITREP_DB";

  private final Location location;
  private final Connection connection;
  private final Transactions tx;

  private Store(Location location, Connection connection) {
    this.location = location;
    this.connection = connection;
    this.tx = new Transactions(connection, location);
  }

  /** Opens (and creates, and migrates) the store at a file path or {@code postgresql://} URL. */
  public static Store open(String location) {
    return open(Location.parse(location), false);
  }

  /** Opens an existing store for queries: a missing SQLite file is an error, never created. */
  public static Store openExisting(String location) {
    return open(Location.parse(location), true);
  }

  /** The location to use: the given one, else {@value #ENV}, else {@value #DEFAULT_FILE}. */
  public static String location(String given) {
    if (given != null && !given.isBlank()) return given;
    String env = System.getenv(ENV);
    return env != null && !env.isBlank() ? env : DEFAULT_FILE;
  }

  private static Store open(Location location, boolean mustExist) {
    Connection c = Connections.open(location, mustExist);
    Store store = new Store(location, c);
    try {
      int version = Migrations.peek(c);
      if (version > Migrations.CURRENT) throw Migrations.newer(version);
      if (version < Migrations.CURRENT) {
        store.tx.inTransaction("migrating", conn -> Migrations.migrate(conn, location.dialect()));
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Stores a record under an analysis version, in one transaction. */
  public synchronized PutResult put(Record record, String analysisVersion) {
    if (record.article() == null || record.article().id() == null) {
      throw new IllegalArgumentException("a record needs an article id to be stored");
    }
    if (analysisVersion == null) throw new IllegalArgumentException("analysis version is null");
    return tx.inTransaction("storing article " + record.article().id(),
        c -> new Intake(c).put(record, analysisVersion));
  }

  /** Notes an input that did not become an article, so a summary and a re-run can see it. */
  public synchronized void recordOutcome(Outcome outcome) {
    tx.inTransaction("recording the outcome of " + outcome.input(), c -> {
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO outcomes (input, outcome, reason, stage, at) VALUES (?, ?, ?, ?, ?)")) {
        Columns.setAll(p, outcome.input(), outcome.outcome(), outcome.reason(), outcome.stage(),
            Instant.now().toString());
        return p.executeUpdate();
      }
    });
  }

  /** The stored record, exactly as it was put. */
  public synchronized Optional<Record> get(String articleId) {
    return tx.read("reading article " + articleId, c -> new ArticleReader(c).read(articleId));
  }

  /** Deletes an article with its actors' mentions, claims, quotes and events. */
  public synchronized boolean delete(String articleId) {
    return tx.inTransaction("deleting article " + articleId, c -> Intake.delete(c, articleId));
  }

  /**
   * Whether an input is already stored: by article id, path, URL, canonical URL or content hash,
   * or as an input recorded as rejected. Failed inputs are not "had": a re-run retries them.
   */
  public synchronized boolean has(String key) {
    return tx.read("looking up " + key, c -> new ArticleQueries(c).has(key));
  }

  /** Article ids starting with a prefix (at most {@code max}), for short ids on the command line. */
  public synchronized List<String> idsStartingWith(String prefix, int max) {
    return tx.read("looking up " + prefix, c -> new ArticleQueries(c).idsStartingWith(prefix, max));
  }

  public synchronized List<ArticleRow> articles(Queries.Articles q) {
    return tx.read("listing articles", c -> new ArticleQueries(c).articles(q));
  }

  public synchronized List<ClaimRow> claims(Queries.Claims q) {
    return tx.read("listing claims", c -> new ItemQueries(c).claims(q));
  }

  public synchronized List<QuoteRow> quotes(Queries.Quotes q) {
    return tx.read("listing quotes", c -> new ItemQueries(c).quotes(q));
  }

  public synchronized List<EventRow> events(Queries.Events q) {
    return tx.read("listing events", c -> new ItemQueries(c).events(q));
  }

  /** Actors whose id or name contains the text (all when null), most mentioned first. */
  public synchronized List<ActorRow> actors(String text, int limit) {
    return tx.read("listing actors", c -> new ArticleQueries(c).actors(text, limit));
  }

  /** Full-text search over titles and texts, best match first. */
  public synchronized List<SearchHit> search(String query, int limit) {
    return tx.read("searching", c -> new Search(c, location.dialect()).search(query, limit));
  }

  /** Events with their place and coordinates, newest first, a story counted once (the web timeline). */
  public synchronized List<EventSite> eventSites(EventSite.Filter filter) {
    return tx.read("listing events", c -> new EventSites(c).find(filter));
  }

  /** Actors named in the same articles as this one, most shared articles first. */
  public synchronized List<ActorRow> coActors(String actorId, int limit) {
    return tx.read("listing the actors seen with " + actorId, c -> new ActorLinks(c).with(actorId, limit));
  }

  /** Calls back with every stored record, oldest first. */
  public void forEachRecord(Consumer<Record> each) {
    List<String> ids;
    synchronized (this) {
      ids = tx.read("listing articles", c -> new ArticleQueries(c).ids());
    }
    for (String id : ids) get(id).ifPresent(each);
  }

  /** The file path, or host:port/db, for messages. */
  public String describe() {
    return location.display();
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw Connections.translate(e, location, "closing");
    }
  }
}
