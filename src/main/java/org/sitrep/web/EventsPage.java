package org.sitrep.web;

import java.util.List;
import org.sitrep.store.EventSite;

/** {@code /events}: the map and the timeline, with filters by type, actor, place and date, a page at a time. */
final class EventsPage {
  /** Events per page, on the map and in the list. */
  static final int SHOWN = 500;
  /** The 16 PLOVER event types. */
  static final List<String> TYPES = List.of("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT",
      "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN");

  private EventsPage() {}

  static String render(Site site, PageFilters.Events q, Pager pager) {
    Html h = Layout.start("Events", "/events");
    h.el("h1", "Events");
    form(h, q);
    for (String d : new String[] {q.since(), q.until()}) {
      if (PageFilters.badDate(d)) h.el("p", "Ignored the date " + d + ": use YYYY-MM-DD.", "class", "notice");
    }
    List<EventSite> rows = site.store().eventSites(new EventSite.Filter(q.type(), q.actor(), q.place(),
        PageFilters.date(q.since()), PageFilters.date(q.until()), pager.fetch()));
    List<EventSite> events = pager.slice(rows);
    String range = pager.range(rows, "events", "newest first");
    h.open("figure", "class", "map-box");
    WorldMap.write(h, events);
    h.el("figcaption", (range.isEmpty() ? events.size() + " events" : range)
        + ". Shaded: countries with events; dots: places, larger for more events.");
    h.close("figure");
    Lists.events(h, events);
    pager.links(h, rows);
    return Layout.finish(h);
  }

  private static void form(Html h, PageFilters.Events q) {
    h.open("form", "class", "filters", "action", "/events", "method", "get");
    h.open("label").text("Type ").open("select", "name", "type").el("option", "any", "value", "");
    for (String t : TYPES) {
      h.el("option", t, "value", t, "selected", t.equalsIgnoreCase(q.type() == null ? "" : q.type()) ? "selected" : null);
    }
    h.close("select").close("label");
    Forms.input(h, "actor", "Actor id", q.actor(), "text");
    Forms.input(h, "place", "Place", q.place(), "text");
    Forms.input(h, "since", "Since", q.since(), "date");
    Forms.input(h, "until", "Until", q.until(), "date");
    Forms.buttons(h, "/events");
  }
}
