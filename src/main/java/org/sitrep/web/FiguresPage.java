package org.sitrep.web;

import java.util.List;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;

/** {@code /figures}: the thread table with filters on text, measure, kind, actor and date, a page at a time. */
final class FiguresPage {
  /** Threads per page. */
  static final int SHOWN = 300;
  static final List<String> MEASURES = List.of("troops", "killed", "wounded", "casualties", "captured", "missing",
      "displaced", "affected", "weapons", "territory", "money", "infrastructure", "other");

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
    String range = pager.range(lines, "threads", null);
    h.el("p", lines.size() + " threads" + (range.isEmpty() ? "" : " · " + range), "class", "meta");
    Lists.threads(h, pager.slice(lines));
    pager.links(h, lines);
    h.el("p", "Flags: disputed (claimants disagree), stale (no claim for " + ThreadFilter.STALE_DAYS
        + " days), revised (a claimant changed its figure).", "class", "meta");
    return Layout.finish(h);
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
