package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.record.RecordJson;

/**
 * Events newest first with their place and coordinates (from the stored item), each event of a
 * story (its type, sides and place) counted once.
 */
final class EventSites {
  private final Connection c;

  EventSites(Connection c) {
    this.c = c;
  }

  List<EventSite> find(EventSite.Filter f) throws SQLException {
    Where where = new Where()
        .add("upper(i.type) = ?", f.type() == null ? null : f.type().toUpperCase(Locale.ROOT))
        .add("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = i.article_id"
            + " AND ea.event_ord = i.ord AND ea.actor_id = ?)", f.actor())
        .add("(lower(i.place_name) LIKE ? ESCAPE '\\' OR lower(i.place_country) LIKE ? ESCAPE '\\')",
            f.place() == null ? null : Columns.contains(f.place()))
        .period("i.day", f.since(), f.until());
    String sql = "SELECT i.article_id, i.ord, a.day, i.type, i.mode, i.actors, i.recipients, i.place_name,"
        + " i.place_country, i.trigger_text, i.evidence_text, a.story_id, b.body FROM events i"
        + " JOIN articles a ON a.id = i.article_id"
        + " LEFT JOIN bodies b ON b.article_id = i.article_id AND b.item = 'event' AND b.ord = i.ord"
        + where + " ORDER BY i.day DESC, a.seq DESC, i.ord";
    Map<String, EventSite> once = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      where.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next() && (f.limit() <= 0 || once.size() < f.limit())) {
          EventSite e = site(rs);
          // one event per story, type, sides and place: two towns struck are two events
          once.putIfAbsent(rs.getString("story_id") + '\u0001' + e.type() + e.actors() + e.recipients() + '\u0001'
              + e.place(), e);
        }
      }
    }
    return new ArrayList<>(once.values());
  }

  private static EventSite site(ResultSet rs) throws SQLException {
    JsonNode place = place(rs.getString("body"));
    return new EventSite(rs.getString("article_id"), rs.getInt("ord"), rs.getString("day"),
        rs.getString("type"), rs.getString("mode"), ArticleReader.strings(rs.getString("actors")),
        ArticleReader.strings(rs.getString("recipients")), rs.getString("place_name"),
        rs.getString("place_country"), number(place, "lat"), number(place, "lon"),
        rs.getString("trigger_text"), rs.getString("evidence_text"));
  }

  private static JsonNode place(String body) {
    if (body == null) return null;
    try {
      return RecordJson.mapper().readTree(body).path("place");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static Double number(JsonNode place, String field) {
    return place == null || !place.path(field).isNumber() ? null : place.path(field).asDouble();
  }
}
