package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Mention;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;

/** Reads one stored record back, exactly as it was put. */
final class ArticleReader {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Connection c;

  ArticleReader(Connection c) {
    this.c = c;
  }

  Optional<Record> read(String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        Article article = article(rs);
        int schema = rs.getInt("record_schema");
        return Optional.of(new Record(schema, article, actors(id), bodies("claim", id, Claim.class),
            bodies("quote", id, Quote.class), bodies("event", id, Event.class)));
      }
    }
  }

  private static Article article(ResultSet rs) throws SQLException {
    return new Article(rs.getString("id"), rs.getString("path"), rs.getString("url"),
        rs.getString("title"), rs.getString("published"), rs.getString("source"),
        rs.getString("language"), rs.getString("text"), strings(rs.getString("removed")),
        rs.getString("outcome"), rs.getString("reason"), strings(rs.getString("authors")),
        rs.getString("modified"), rs.getString("canonical_url"), rs.getString("site"));
  }

  private List<Actor> actors(String id) throws SQLException {
    List<List<Mention>> mentions = mentions(id);
    List<Actor> actors = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT * FROM article_actors WHERE article_id = ? ORDER BY ord")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          int ord = rs.getInt("ord");
          List<Mention> own = ord < mentions.size() ? mentions.get(ord) : List.of();
          actors.add(new Actor(rs.getString("actor_id"), rs.getString("name"), rs.getString("kind"),
              rs.getString("country"), rs.getString("affiliation"), own));
        }
      }
    }
    return actors;
  }

  private List<List<Mention>> mentions(String id) throws SQLException {
    List<List<Mention>> byActor = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT * FROM actor_mentions WHERE article_id = ? ORDER BY actor_ord, ord")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          int actor = rs.getInt("actor_ord");
          while (byActor.size() <= actor) byActor.add(new ArrayList<>());
          byActor.get(actor).add(new Mention(rs.getString("text"), rs.getInt("span_start"),
              rs.getInt("span_end"), rs.getString("finder")));
        }
      }
    }
    return byActor;
  }

  private <T> List<T> bodies(String item, String id, Class<T> type) throws SQLException {
    List<T> items = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT body FROM bodies WHERE article_id = ? AND item = ? ORDER BY ord")) {
      p.setString(1, id);
      p.setString(2, item);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) items.add(parse(rs.getString(1), type));
      }
    }
    return items;
  }

  static <T> T parse(String json, Class<T> type) {
    try {
      return RecordJson.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
          + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static List<String> strings(String json) {
    if (json == null) return List.of();
    try {
      return RecordJson.mapper().readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored list is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
