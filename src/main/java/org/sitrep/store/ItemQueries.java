package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.Rows.ClaimRow;
import org.sitrep.store.Rows.EventRow;
import org.sitrep.store.Rows.QuoteRow;

/** The claims, quotes and events queries, newest first, each story counted once. */
final class ItemQueries {
  private static final String OUTLET = "COALESCE(a.source, a.site)";
  private static final String NEWEST = " ORDER BY i.day DESC, a.seq DESC, i.ord";

  private final Connection c;

  ItemQueries(Connection c) {
    this.c = c;
  }

  List<ClaimRow> claims(Queries.Claims q) throws SQLException {
    Where where = new Where()
        .add("(lower(i.evidence_text) LIKE ? ESCAPE '\\' OR lower(i.subject_text) LIKE ? ESCAPE '\\')",
            q.text() == null ? null : Columns.contains(q.text()))
        .add("(i.source_actor = ? OR i.subject_actor = ?)", q.actor())
        .add("i.measure = ?", q.measure())
        .period("i.day", q.since(), q.until());
    String sql = "SELECT i.article_id, i.ord, i.measure, i.low, i.high, i.unit, i.qualifier, i.kind,"
        + " i.subject_text, i.subject_actor, i.source_text, i.source_actor, i.place_name,"
        + " i.time_value, i.quantity_text,"
        + " i.evidence_text, a.story_id, a.day, " + OUTLET + " AS outlet FROM claims i"
        + " JOIN articles a ON a.id = i.article_id" + where + NEWEST;
    List<ClaimRow> rows = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, where); ResultSet rs = p.executeQuery()) {
      while (rs.next()) rows.add(claim(rs));
    }
    return StoryGroups.group(rows, r -> key(r.storyId(), r.measure(), r.low(), r.high(), r.claimant(),
        r.subject()), ClaimRow::outlet, ClaimRow::withOutlets, q.limit());
  }

  private static ClaimRow claim(ResultSet rs) throws SQLException {
    return new ClaimRow(rs.getString("article_id"), rs.getInt("ord"), rs.getString("story_id"),
        rs.getString("day"),
        rs.getString("outlet"), rs.getString("measure"), Columns.getDouble(rs, "low"),
        Columns.getDouble(rs, "high"), rs.getString("unit"), rs.getString("qualifier"),
        rs.getString("kind"), rs.getString("subject_text"), rs.getString("subject_actor"),
        rs.getString("source_text"), rs.getString("source_actor"), rs.getString("place_name"),
        rs.getString("time_value"), rs.getString("quantity_text"),
        rs.getString("evidence_text"), List.of());
  }

  List<QuoteRow> quotes(Queries.Quotes q) throws SQLException {
    String speaker = q.speaker() == null || q.speaker().isBlank() ? null : q.speaker();
    Where where = new Where()
        .add("(i.speaker_actor = ? OR lower(i.speaker_text) LIKE ? ESCAPE '\\')", speaker,
            speaker == null ? null : Columns.contains(speaker))
        .period("i.day", q.since(), q.until());
    String sql = "SELECT i.article_id, i.speaker_text, i.speaker_actor, i.cue, i.text, a.story_id,"
        + " a.day, " + OUTLET + " AS outlet FROM quotes i"
        + " JOIN articles a ON a.id = i.article_id" + where + NEWEST;
    List<QuoteRow> rows = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, where); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        rows.add(new QuoteRow(rs.getString("article_id"), rs.getString("story_id"), rs.getString("day"),
            rs.getString("outlet"), rs.getString("speaker_text"), rs.getString("speaker_actor"),
            rs.getString("cue"), rs.getString("text"), List.of()));
      }
    }
    return StoryGroups.group(rows, r -> key(r.storyId(), r.text()), QuoteRow::outlet,
        QuoteRow::withOutlets, q.limit());
  }

  List<EventRow> events(Queries.Events q) throws SQLException {
    Where where = new Where()
        .add("upper(i.type) = ?", q.type() == null ? null : q.type().toUpperCase(Locale.ROOT))
        .add("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = i.article_id"
            + " AND ea.event_ord = i.ord AND ea.actor_id = ?)", q.actor())
        .period("i.day", q.since(), q.until());
    String sql = "SELECT i.article_id, i.ord, i.type, i.mode, i.actors, i.recipients, i.place_name,"
        + " i.trigger_text,"
        + " i.evidence_text, a.story_id, a.day, " + OUTLET + " AS outlet FROM events i"
        + " JOIN articles a ON a.id = i.article_id" + where + NEWEST;
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, where); ResultSet rs = p.executeQuery()) {
      while (rs.next()) rows.add(event(rs));
    }
    return StoryGroups.group(rows, r -> key(r.storyId(), r.type(), r.actors(), r.recipients(), r.place()),
        EventRow::outlet, EventRow::withOutlets, q.limit());
  }

  private static EventRow event(ResultSet rs) throws SQLException {
    return new EventRow(rs.getString("article_id"), rs.getString("story_id"), rs.getString("day"),
        rs.getString("outlet"), rs.getString("type"), rs.getString("mode"),
        ArticleReader.strings(rs.getString("actors")), ArticleReader.strings(rs.getString("recipients")),
        rs.getString("place_name"), rs.getString("trigger_text"), rs.getString("evidence_text"), List.of());
  }

  private PreparedStatement prepare(String sql, Where where) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    where.bind(p);
    return p;
  }

  private static String key(Object... parts) {
    StringBuilder k = new StringBuilder();
    for (Object part : parts) {
      k.append(part == null ? "" : part.toString().toLowerCase(Locale.ROOT)).append('\u0001');
    }
    return k.toString();
  }
}
