package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.record.Article;
import org.sitrep.record.Event;
import org.sitrep.record.Record;
import org.sitrep.record.Span;

/**
 * A record's events as PLOVER JSON records. {@code event_text} is the evidence sentence(s) of the
 * event, {@code text} the whole article, {@code cite_info} where it was published. The date is
 * the event's own date when it resolved to a day, else the article's publication day.
 */
final class Plover {
  private Plover() {}

  static List<Map<String, Object>> events(Record record) {
    List<Map<String, Object>> out = new ArrayList<>();
    Article a = record.article();
    for (int i = 0; i < record.events().size(); i++) {
      Event e = record.events().get(i);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", a.id() + "-" + i);
      p.put("date", date(e, a));
      p.put("actor", e.actors().isEmpty() ? "" : e.actors().get(0));
      p.put("recipient", e.recipients().isEmpty() ? "" : e.recipients().get(0));
      p.put("event", e.type());
      p.put("mode", e.mode() == null ? "" : e.mode());
      p.put("event_text", e.evidence().stream().map(Span::text).collect(Collectors.joining(" ")));
      p.put("text", a.text());
      p.put("cite_info", cite(a));
      out.add(p);
    }
    return out;
  }

  private static String date(Event e, Article a) {
    String value = e.time() == null ? null : e.time().value();
    if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return value.substring(0, 10);
    String published = a.published();
    return published != null && published.length() >= 10 ? published.substring(0, 10) : published;
  }

  private static String cite(Article a) {
    List<String> parts = new ArrayList<>();
    String outlet = a.source() != null ? a.source() : a.site();
    for (String s : new String[] {outlet, a.title(), a.published(), a.url()}) {
      if (s != null && !s.isBlank()) parts.add(s.strip());
    }
    return String.join(", ", parts);
  }
}
