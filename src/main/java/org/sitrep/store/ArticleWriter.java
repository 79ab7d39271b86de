package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Mention;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;

/** Writes one record's article row, its story bands and its actors, inside the caller's transaction. */
final class ArticleWriter {
  private static final String INSERT_ARTICLE = "INSERT INTO articles (id, path, url, canonical_url, title,"
      + " published, day, source, language, text, removed, authors, modified, site, outcome, reason,"
      + " content_hash, analysis_version, signature, story_id, record_schema, ingested_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPSERT_ACTOR = "INSERT INTO actors (id, name, kind, country, affiliation)"
      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
      + " name = COALESCE(excluded.name, actors.name), kind = COALESCE(excluded.kind, actors.kind),"
      + " country = COALESCE(excluded.country, actors.country),"
      + " affiliation = COALESCE(excluded.affiliation, actors.affiliation)";

  private final Connection c;

  ArticleWriter(Connection c) {
    this.c = c;
  }

  /** Everything that describes where a record sits among the others. */
  record Placement(String contentHash, String analysisVersion, long[] signature, String storyId) {}

  void write(Record record, Placement placement) throws SQLException {
    article(record, placement);
    bands(record.article().id(), placement.signature());
    actors(record.article().id(), record.actors());
    new ItemWriter(c).write(record);
  }

  private void article(Record record, Placement placement) throws SQLException {
    Article a = record.article();
    byte[] signature = placement.signature() == null ? null : MinHash.toBytes(placement.signature());
    try (PreparedStatement p = c.prepareStatement(INSERT_ARTICLE)) {
      Columns.setAll(p, a.id(), a.path(), a.url(), a.canonicalUrl(), a.title(), a.published(),
          Columns.day(a.published()), a.source(), a.language(), a.text(), RecordJson.toJson(a.removed()),
          RecordJson.toJson(a.authors()), a.modified(), a.site(), a.outcome(), a.reason(),
          placement.contentHash(), placement.analysisVersion(), signature, placement.storyId(),
          record.schema(), Instant.now().toString());
      p.executeUpdate();
    }
  }

  private void bands(String articleId, long[] signature) throws SQLException {
    if (signature == null) return;
    long[] buckets = MinHash.buckets(signature);
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO story_bands (band, bucket, article_id) VALUES (?, ?, ?)")) {
      for (int band = 0; band < buckets.length; band++) {
        Columns.setAll(p, band, buckets[band], articleId);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void actors(String articleId, List<Actor> actors) throws SQLException {
    try (PreparedStatement upsert = c.prepareStatement(UPSERT_ACTOR);
        PreparedStatement row = c.prepareStatement("INSERT INTO article_actors (article_id, ord,"
            + " actor_id, name, kind, country, affiliation, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement mention = c.prepareStatement("INSERT INTO actor_mentions (article_id,"
            + " actor_ord, ord, actor_id, span_start, span_end, text, finder)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < actors.size(); i++) {
        Actor a = actors.get(i);
        if (a.id() != null) {
          Columns.setAll(upsert, a.id(), a.name(), a.kind(), a.country(), a.affiliation());
          upsert.executeUpdate();
        }
        Columns.setAll(row, articleId, i, a.id(), a.name(), a.kind(), a.country(), a.affiliation(),
            a.mentions().size());
        row.addBatch();
        for (int j = 0; j < a.mentions().size(); j++) {
          Mention m = a.mentions().get(j);
          Columns.setAll(mention, articleId, i, j, a.id(), m.start(), m.end(), m.text(), m.finder());
          mention.addBatch();
        }
      }
      row.executeBatch();
      mention.executeBatch();
    }
  }
}
