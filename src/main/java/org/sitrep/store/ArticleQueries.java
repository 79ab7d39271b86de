package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Rows.ArticleRow;

/** The article and actor listings, and look-ups by id, path, URL or hash. */
final class ArticleQueries {
  private final Connection c;

  ArticleQueries(Connection c) {
    this.c = c;
  }

  List<ArticleRow> articles(Queries.Articles q) throws SQLException {
    Where where = new Where().period("a.day", q.since(), q.until())
        .add("(lower(a.source) = lower(?) OR lower(a.site) = lower(?))", q.source());
    String sql = "SELECT a.id, a.day, COALESCE(a.source, a.site) AS outlet, a.title, a.url, a.outcome,"
        + " a.story_id, (SELECT COUNT(*) FROM claims i WHERE i.article_id = a.id) AS claims,"
        + " (SELECT COUNT(*) FROM quotes i WHERE i.article_id = a.id) AS quotes,"
        + " (SELECT COUNT(*) FROM events i WHERE i.article_id = a.id) AS events"
        + " FROM articles a" + where + " ORDER BY a.day DESC, a.seq DESC" + limit(q.limit());
    List<ArticleRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      where.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
        }
      }
    }
    return rows;
  }

  List<ActorRow> actors(String text, int limit) throws SQLException {
    Where where = new Where().add("(lower(ac.id) LIKE ? ESCAPE '\\' OR lower(ac.name) LIKE ? ESCAPE '\\')",
        text == null ? null : Columns.contains(text));
    String sql = "SELECT ac.id, ac.name, ac.kind, ac.country, SUM(aa.mentions),"
        + " COUNT(DISTINCT aa.article_id), MIN(a.day), MAX(a.day)"
        + " FROM actors ac JOIN article_actors aa ON aa.actor_id = ac.id"
        + " JOIN articles a ON a.id = aa.article_id" + where
        + " GROUP BY ac.id, ac.name, ac.kind, ac.country"
        + " ORDER BY SUM(aa.mentions) DESC, ac.id" + limit(limit);
    List<ActorRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      where.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return rows;
  }

  /** Whether an article with this id, path, URL, canonical URL or content hash is stored. */
  boolean has(String key) throws SQLException {
    String sql = "SELECT 1 FROM articles WHERE id = ? OR path = ? OR url = ? OR canonical_url = ?"
        + " OR content_hash = ?";
    if (exists(sql, key, 5)) return true;
    return exists("SELECT 1 FROM outcomes WHERE input = ? AND outcome = '" + Outcome.REJECTED + "'", key, 1);
  }

  private boolean exists(String sql, String key, int times) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 1; i <= times; i++) p.setString(i, key);
      p.setMaxRows(1);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Ids that start with the prefix, at most {@code max}. */
  List<String> idsStartingWith(String prefix, int max) throws SQLException {
    return strings("SELECT id FROM articles WHERE id LIKE ? ORDER BY id" + limit(max),
        prefix.replace("%", "").replace("_", "") + "%");
  }

  /** Every article id, oldest first. */
  List<String> ids() throws SQLException {
    return strings("SELECT id FROM articles ORDER BY seq", null);
  }

  private List<String> strings(String sql, String param) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (param != null) p.setString(1, param);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  static String limit(int limit) {
    return limit > 0 ? " LIMIT " + limit : "";
  }
}
