package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.store.Rows.SearchHit;

/**
 * Full-text search over article titles and texts: SQLite FTS5 with the Porter stemmer, PostgreSQL
 * tsvector with the English configuration. Matches are marked [like this] in the snippet.
 */
final class Search {
  private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
  private static final String SQLITE = "SELECT a.id, a.day, COALESCE(a.source, a.site), a.title,"
      + " snippet(articles_fts, 1, '[', ']', '...', 12) FROM articles_fts"
      + " JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank";
  private static final String POSTGRES = "SELECT a.id, a.day, COALESCE(a.source, a.site), a.title,"
      + " ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6')"
      + " FROM articles a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q"
      + " ORDER BY ts_rank(a.search, q) DESC, a.seq";

  private final Connection c;
  private final Dialect dialect;

  Search(Connection c, Dialect dialect) {
    this.c = c;
    this.dialect = dialect;
  }

  List<SearchHit> search(String query, int limit) throws SQLException {
    String match = dialect == Dialect.SQLITE ? fts5(query) : query;
    List<SearchHit> hits = new ArrayList<>();
    if (match.isBlank()) return hits;
    String sql = (dialect == Dialect.SQLITE ? SQLITE : POSTGRES) + ArticleQueries.limit(limit);
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, match);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5).replaceAll("\\s+", " ").strip()));
        }
      }
    }
    return hits;
  }

  /**
   * The user's words as an FTS5 query that cannot be a syntax error: every word and "quoted
   * phrase" becomes a quoted string, all of them required; OR between two terms is kept.
   */
  static String fts5(String query) {
    List<String> terms = new ArrayList<>();
    Matcher m = TERM.matcher(query);
    while (m.find()) {
      String phrase = m.group(1) != null ? m.group(1) : m.group(2);
      if ("OR".equals(phrase) && m.group(1) == null) {
        if (!terms.isEmpty() && !terms.get(terms.size() - 1).equals("OR")) terms.add("OR");
        continue;
      }
      String clean = phrase.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (!clean.isEmpty()) terms.add("\"" + clean + "\"");
    }
    while (!terms.isEmpty() && terms.get(terms.size() - 1).equals("OR")) terms.remove(terms.size() - 1);
    return String.join(" ", terms);
  }
}
