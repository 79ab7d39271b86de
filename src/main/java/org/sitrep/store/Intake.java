package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sitrep.record.Article;
import org.sitrep.record.Record;

/**
 * Decides, inside one transaction, what putting a record means: a new article, a new analysis of
 * a stored one, a duplicate to ignore, or a near-duplicate to link to an existing story.
 */
final class Intake {
  private final Connection c;

  Intake(Connection c) {
    this.c = c;
  }

  /** A stored article that the new record is the same as. */
  private record Existing(String id, String analysisVersion, String storyId) {}

  PutResult put(Record record, String analysisVersion) throws SQLException {
    Article a = record.article();
    String hash = Columns.contentHash(a.text());
    Existing same = existing(a, hash);
    if (same != null && same.analysisVersion().equals(analysisVersion)) return PutResult.DUPLICATE;
    if (same != null) delete(c, same.id());
    long[] signature = a.isRejected() ? null : MinHash.signature(a.text());
    String linked = same == null ? new Stories(c).find(signature) : null;
    String story = same != null ? same.storyId() : linked != null ? linked : a.id();
    new ArticleWriter(c).write(record, new ArticleWriter.Placement(hash, analysisVersion, signature, story));
    if (same != null) return PutResult.UPDATED;
    return linked != null ? PutResult.NEAR_DUPLICATE_LINKED : PutResult.STORED;
  }

  private Existing existing(Article a, String hash) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT id, analysis_version, story_id FROM articles"
        + " WHERE id = ? OR canonical_url = ? OR content_hash = ? ORDER BY seq")) {
      Columns.setAll(p, a.id(), a.canonicalUrl(), hash);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? new Existing(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
      }
    }
  }

  /** Deletes an article; its claims, quotes, events, actors' mentions and bands go with it. */
  static boolean delete(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
      p.setString(1, id);
      return p.executeUpdate() > 0;
    }
  }
}
