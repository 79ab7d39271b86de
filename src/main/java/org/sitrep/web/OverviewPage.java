package org.sitrep.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;
import org.sitrep.store.EventSite;
import org.sitrep.store.Queries;

/**
 * {@code /}: the most-reported figure threads, the latest incidents with their figures side by side,
 * the latest articles, recent events, the most active actors.
 */
final class OverviewPage {
  static final int SHOWN = 10;

  private OverviewPage() {}

  static String render(Site site) {
    Html h = Layout.start("Overview", "/");
    h.el("h1", "Overview").open("div", "class", "grid");
    section(h, "Most-reported figures", "/figures", "panel wide");
    Lists.threads(h, mostReported(site.ledger().threads(ThreadFilter.all())));
    h.close("section");
    List<IncidentLine> incidents = site.ledger().incidents(ThreadFilter.all());
    if (!incidents.isEmpty()) {
      section(h, "Latest incidents", "/figures?kind=incident", "panel wide");
      Lists.incidents(h, incidents.subList(0, Math.min(SHOWN, incidents.size())));
      h.close("section");
    }
    section(h, "Latest articles", null, "panel");
    Lists.articles(h, site.store().articles(new Queries.Articles(null, null, null, SHOWN)));
    h.close("section");
    section(h, "Recent events", "/events", "panel");
    Lists.events(h, site.store().eventSites(new EventSite.Filter(null, null, null, null, null, SHOWN)));
    h.close("section");
    section(h, "Most active actors", null, "panel");
    Lists.actors(h, site.store().actors(null, SHOWN), null);
    h.close("section").close("div");
    return Layout.finish(h);
  }

  private static void section(Html h, String title, String more, String css) {
    h.open("section", "class", css).open("h2").text(title);
    if (more != null) h.text(" ").link(more, "all", "class", "more");
    h.close("h2");
  }

  /** Threads carried by the most stories, then with the most claims. */
  static List<ThreadLine> mostReported(List<ThreadLine> all) {
    List<ThreadLine> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(ThreadLine::stories).thenComparingInt(ThreadLine::claims).reversed());
    return sorted.subList(0, Math.min(SHOWN, sorted.size()));
  }
}
