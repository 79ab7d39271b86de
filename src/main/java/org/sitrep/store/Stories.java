package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Finds the story a new article belongs to through the LSH band index, never a full scan. */
final class Stories {
  /** Candidates checked per article; a story with more copies than this still shares buckets. */
  static final int MAX_CANDIDATES = 200;

  private final Connection c;

  Stories(Connection c) {
    this.c = c;
  }

  /** The story id of the most similar stored article at or above {@link MinHash#SAME_STORY}, or null. */
  String find(long[] signature) throws SQLException {
    if (signature == null) return null;
    long[] buckets = MinHash.buckets(signature);
    StringBuilder sql = new StringBuilder("SELECT a.signature, a.story_id FROM articles a WHERE a.id IN"
        + " (SELECT article_id FROM story_bands WHERE ");
    for (int b = 0; b < buckets.length; b++) {
      sql.append(b == 0 ? "" : " OR ").append("(band = ? AND bucket = ?)");
    }
    sql.append(')');
    String best = null;
    double bestScore = MinHash.SAME_STORY;
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int b = 0; b < buckets.length; b++) {
        p.setInt(2 * b + 1, b);
        p.setLong(2 * b + 2, buckets[b]);
      }
      p.setMaxRows(MAX_CANDIDATES);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long[] other = MinHash.fromBytes(rs.getBytes(1));
          double score = other == null ? 0 : MinHash.similarity(signature, other);
          if (score >= bestScore) {
            bestScore = score;
            best = rs.getString(2);
          }
        }
      }
    }
    return best;
  }
}
