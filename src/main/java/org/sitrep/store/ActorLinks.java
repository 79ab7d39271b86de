package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Actors named in the same articles as a given actor, most shared articles first. */
final class ActorLinks {
  private final Connection c;

  ActorLinks(Connection c) {
    this.c = c;
  }

  /** Each co-occurring actor with the number of articles it shares with the given one. */
  List<Rows.ActorRow> with(String actorId, int limit) throws SQLException {
    String sql = "SELECT ac.id, ac.name, ac.kind, ac.country, SUM(other.mentions),"
        + " COUNT(DISTINCT other.article_id), MIN(a.day), MAX(a.day)"
        + " FROM article_actors self JOIN article_actors other ON other.article_id = self.article_id"
        + " AND other.actor_id <> self.actor_id"
        + " JOIN actors ac ON ac.id = other.actor_id JOIN articles a ON a.id = other.article_id"
        + " WHERE self.actor_id = ? GROUP BY ac.id, ac.name, ac.kind, ac.country"
        + " ORDER BY COUNT(DISTINCT other.article_id) DESC, SUM(other.mentions) DESC, ac.id"
        + ArticleQueries.limit(limit);
    List<Rows.ActorRow> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, actorId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Rows.ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getString(8)));
        }
      }
    }
    return rows;
  }
}
