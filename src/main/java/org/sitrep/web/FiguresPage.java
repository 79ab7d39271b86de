package org.sitrep.web;

import java.util.List;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;

/**
 * {@code /figures}: the thread table with filters on text, measure, kind, actor and date, a page at a
 * time; with kind incident, one row per incident instead, its figures side by side.
 */
final class FiguresPage {
  /** Threads per page. */
  static final int SHOWN = 300;
  private static final String INCIDENT = "incident";
  static final List<String> MEASURES = List.of("troops", "killed", "wounded", "casualties", "captured", "missing",
      "displaced", "affected", "weapons", "territory", "money", "infrastructure", "attacks", "aid", "other");

  private FiguresPage() {}

  static String render(Site site, PageFilters.Threads q, Pager pager) {
    Html h = Layout.start("Figures", "/figures");
    h.el("h1", "Figure threads");
    form(h, q);
    if (PageFilters.badDate(q.since())) h.el("p", "Ignored the date " + q.since() + ": use YYYY-MM-DD.", "class", "notice");
    String kind = q.kind() != null && ThreadFilter.KINDS.contains(q.kind()) ? q.kind() : null;
    ThreadFilter filter = new ThreadFilter(q.text(), q.actor(), q.measure(), kind, PageFilters.date(q.since()), null,
        ThreadFilter.STALE_DAYS);
    List<ThreadLine> lines = site.ledger().threads(filter);
    if (INCIDENT.equals(kind)) {
      List<IncidentLine> incidents = IncidentLine.of(lines);
      String range = pager.range(incidents, "incidents", null);
      h.el("p", Format.count(incidents.size(), "incident") + ", " + Format.count(lines.size(), "thread") + (range.isEmpty() ? "" : " · " + range),
          "class", "meta");
      incidents(h, pager.slice(incidents));
      pager.links(h, incidents);
    } else {
      h.open("p", "class", "meta").link(Urls.query("/figures", "kind", INCIDENT, "text", q.text(),
          "measure", q.measure(), "actor", q.actor(), "since", q.since()), "One line per incident").text(
          ": a strike's killed, wounded and weapons side by side.").close("p");
      String range = pager.range(lines, "threads", null);
      h.el("p", Format.count(lines.size(), "thread") + (range.isEmpty() ? "" : " · " + range), "class", "meta");
      Lists.threads(h, pager.slice(lines));
      pager.links(h, lines);
    }
    h.el("p", "Flags: disputed (claimants disagree), stale (no claim for " + ThreadFilter.STALE_DAYS
        + " days), revised (a claimant changed its figure, more than a total counted on).", "class", "meta");
    return Layout.finish(h);
  }

  /** One row per incident, each figure a link to its thread. */
  private static void incidents(Html h, List<IncidentLine> incidents) {
    if (Lists.empty(h, incidents, "No incidents match.")) return;
    h.open("div", "class", "scroll").open("table", "class", "threads incidents").open("thead").open("tr");
    for (String col : List.of("Day", "Place", "Figures", "Claimed by")) h.el("th", col);
    h.close("tr").close("thead").open("tbody");
    for (IncidentLine l : incidents) {
      h.open("tr").el("td", l.when()).el("td", Format.orDash(l.place()), "dir", "auto").open("td");
      Lists.figures(h, l, null);
      Lists.flags(h, l.disputed() ? List.of("disputed") : List.of());
      h.close("td").el("td", String.join("; ", l.claimants()), "dir", "auto").close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  private static void form(Html h, PageFilters.Threads q) {
    h.open("form", "class", "filters", "action", "/figures", "method", "get");
    Forms.input(h, "text", "Words", q.text(), "text");
    h.open("label").text("Measure ").open("select", "name", "measure").el("option", "any", "value", "");
    for (String m : MEASURES) h.el("option", m, "value", m, "selected", m.equals(q.measure()) ? "selected" : null);
    h.close("select").close("label");
    h.open("label").text("Kind ").open("select", "name", "kind").el("option", "any", "value", "");
    for (String k : ThreadFilter.KINDS) h.el("option", k, "value", k, "selected", k.equals(q.kind()) ? "selected" : null);
    h.close("select").close("label");
    Forms.input(h, "actor", "Actor id", q.actor(), "text");
    Forms.input(h, "since", "Since", q.since(), "date");
    Forms.buttons(h, "/figures");
  }
}
