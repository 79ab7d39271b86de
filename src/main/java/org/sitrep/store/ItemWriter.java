package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Place;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;
import org.sitrep.record.TimeRef;

/**
 * Writes a record's claims, quotes and events. Each row keeps the columns that queries filter on
 * and show; the table {@code bodies} keeps each item's exact JSON, so that reading a record back
 * gives it unchanged.
 */
final class ItemWriter {
  private static final String CLAIM = "INSERT INTO claims (article_id, ord, day, measure, unit,"
      + " quantity_text, quantity_start, quantity_end, low, high, qualifier, per, kind, subject_text,"
      + " subject_actor, place_name, place_country, time_value, source_text, source_actor,"
      + " source_start, source_end, hedged, evidence_text, evidence_start, evidence_end, finder)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String QUOTE = "INSERT INTO quotes (article_id, ord, day, text, span_start, span_end,"
      + " cue, speaker_text, speaker_actor, finder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String EVENT = "INSERT INTO events (article_id, ord, day, type, mode, actors,"
      + " recipients, place_name, place_country, time_value, trigger_text, negated, hypothetical,"
      + " future, evidence_text, finder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection c;

  ItemWriter(Connection c) {
    this.c = c;
  }

  private String day;

  void write(Record record) throws SQLException {
    String id = record.article().id();
    day = Columns.day(record.article().published());
    claims(id, record.claims());
    quotes(id, record.quotes());
    events(id, record.events());
    bodies(id, "claim", record.claims());
    bodies(id, "quote", record.quotes());
    bodies(id, "event", record.events());
  }

  /** Each item's exact JSON, read back by {@link ArticleReader}. */
  private void bodies(String id, String item, List<?> items) throws SQLException {
    if (items.isEmpty()) return;
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO bodies (article_id, item, ord, body) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < items.size(); i++) {
        Columns.setAll(p, id, item, i, RecordJson.toJson(items.get(i)));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void claims(String id, List<Claim> claims) throws SQLException {
    if (claims.isEmpty()) return;
    try (PreparedStatement p = c.prepareStatement(CLAIM)) {
      for (int i = 0; i < claims.size(); i++) {
        Claim k = claims.get(i);
        Span q = k.quantity();
        Span e = k.evidence();
        Subject s = k.subject();
        Source src = k.source();
        Columns.setAll(p, id, i, day, k.measure(), k.unit(), q == null ? null : q.text(),
            q == null ? null : q.start(), q == null ? null : q.end(), k.low(), k.high(), k.qualifier(),
            k.per(), k.kind(), s == null ? null : s.text(), s == null ? null : s.actor(),
            placeName(k.place()), k.place() == null ? null : k.place().country(), timeValue(k.time()),
            src == null ? null : src.text(), src == null ? null : src.actor(),
            src == null ? null : src.start(), src == null ? null : src.end(), k.hedged(),
            e == null ? null : e.text(), e == null ? null : e.start(), e == null ? null : e.end(),
            k.finder());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void quotes(String id, List<Quote> quotes) throws SQLException {
    if (quotes.isEmpty()) return;
    try (PreparedStatement p = c.prepareStatement(QUOTE)) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        Source s = q.speaker();
        Columns.setAll(p, id, i, day, q.text(), q.start(), q.end(), q.cue(), s == null ? null : s.text(),
            s == null ? null : s.actor(), q.finder());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void events(String id, List<Event> events) throws SQLException {
    if (events.isEmpty()) return;
    try (PreparedStatement p = c.prepareStatement(EVENT);
        PreparedStatement who = c.prepareStatement("INSERT INTO event_actors (article_id, event_ord,"
            + " role, ord, actor_id) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement span = c.prepareStatement("INSERT INTO evidence_spans (article_id, item,"
            + " item_ord, ord, span_start, span_end, text) VALUES (?, 'event', ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        String evidence = e.evidence().isEmpty() ? null : e.evidence().get(0).text();
        Columns.setAll(p, id, i, day, e.type(), e.mode(), RecordJson.toJson(e.actors()),
            RecordJson.toJson(e.recipients()), placeName(e.place()),
            e.place() == null ? null : e.place().country(), timeValue(e.time()), e.trigger(),
            e.negated(), e.hypothetical(), e.future(), evidence, e.finder());
        p.addBatch();
        roles(who, id, i, "actor", e.actors());
        roles(who, id, i, "recipient", e.recipients());
        for (int j = 0; j < e.evidence().size(); j++) {
          Span s = e.evidence().get(j);
          Columns.setAll(span, id, i, j, s.start(), s.end(), s.text());
          span.addBatch();
        }
      }
      p.executeBatch();
      who.executeBatch();
      span.executeBatch();
    }
  }

  private static void roles(PreparedStatement who, String id, int event, String role, List<String> actors)
      throws SQLException {
    for (int j = 0; j < actors.size(); j++) {
      if (actors.get(j) == null) continue;
      Columns.setAll(who, id, event, role, j, actors.get(j));
      who.addBatch();
    }
  }

  private static String placeName(Place place) {
    if (place == null) return null;
    return place.name() != null ? place.name() : place.text();
  }

  private static String timeValue(TimeRef time) {
    return time == null ? null : time.value();
  }
}
