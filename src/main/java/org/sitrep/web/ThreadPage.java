package org.sitrep.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.figures.Derived;
import org.sitrep.figures.Estimate;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.ThreadLine;
import org.sitrep.figures.ThreadView;

/** {@code /figures/{thread}}: the chart of estimates over time and the claim table with evidence links. */
final class ThreadPage {
  private ThreadPage() {}

  static Optional<String> render(Site site, String id) {
    Optional<ThreadView> view;
    try {
      view = site.ledger().thread(id, ThreadFilter.all());
    } catch (IllegalArgumentException ambiguous) {
      return Optional.empty();
    }
    return view.map(v -> page(v, actorsOf(site, v.reconciled().estimates()), incidentOf(site, v.line())));
  }

  /** The incident an incident thread counts, with the other threads of it; null for other kinds. */
  static IncidentLine incidentOf(Site site, ThreadLine t) {
    if (t.incident() == null) return null;
    for (IncidentLine l : site.ledger().incidents(ThreadFilter.all())) {
      if (l.threads().stream().anyMatch(o -> o.id().equals(t.id()))) return l;
    }
    return null;
  }

  /** The claimant keys that are stored actor ids, so the claim table can link them. */
  static java.util.Set<String> actorsOf(Site site, List<Estimate> estimates) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Estimate e : estimates) {
      String key = e.claimantKey();
      if (key != null && !ids.contains(key)
          && site.store().actors(key, 0).stream().anyMatch(a -> a.id().equals(key))) {
        ids.add(key);
      }
    }
    return ids;
  }

  static String page(ThreadView v, java.util.Set<String> actors, IncidentLine incident) {
    ThreadLine t = v.line();
    String title = t.subject() + ": " + t.measure() + " (" + t.kindAndDay() + ")";
    Html h = Layout.start(title, "/figures");
    h.open("h1", "dir", "auto").text(title).close("h1").open("p", "class", "summary");
    Lists.flags(h, t.flags());
    h.text(" Latest: " + Format.orDash(t.latest()) + " · all claims: " + Format.orDash(t.envelope()) + " · "
        + t.claims() + " claims in " + t.stories() + " stories · last " + Format.orDash(t.lastDay()));
    h.close("p");
    if (incident != null && incident.threads().size() > 1) {
      h.open("p", "class", "meta same-incident").text("The same incident (" + incident.when()
          + (incident.place() == null ? "" : ", " + incident.place()) + "): ");
      Lists.figures(h, incident, t.id());
      h.close("p");
    }
    Map<String, List<Estimate>> series = ThreadChart.series(v.reconciled().estimates());
    h.open("figure", "class", "chart-box");
    ThreadChart.write(h, title, series);
    h.open("figcaption").text("Each dot is an estimate on the day it was first given; bars run from its low to its high. ");
    legend(h, series);
    h.close("figcaption").close("figure");
    claims(h, v.reconciled().estimates(), actors);
    derived(h, v.derived());
    return Layout.finish(h);
  }

  private static void legend(Html h, Map<String, List<Estimate>> series) {
    h.open("span", "class", "legend");
    int i = 0;
    for (String claimant : series.keySet()) {
      h.open("span", "class", "key-series s" + (i++ % ThreadChart.COLOURS)).el("span", "", "class", "sw")
          .text(claimant).close("span");
    }
    h.close("span");
  }

  private static void claims(Html h, List<Estimate> estimates, java.util.Set<String> actors) {
    h.el("h2", "Claims").open("div", "class", "scroll").open("table", "class", "claims").open("thead").open("tr");
    for (String col : List.of("Claimant", "Estimate", "First given", "Last repeated", "Stories", "Outlets", "Evidence")) {
      h.el("th", col);
    }
    h.close("tr").close("thead").open("tbody");
    for (Estimate e : estimates) {
      h.open("tr").open("td");
      if (actors.contains(e.claimantKey())) {
        h.link(Urls.path("/actors/", e.claimantKey()), Format.orDash(e.claimant()), "dir", "auto", "class", "claimant");
      } else {
        h.el("span", Format.orDash(e.claimant()), "dir", "auto");
      }
      h.close("td").el("td", e.range(), "class", "num")
          .el("td", Format.orDash(e.firstDay()), "class", "num").el("td", Format.orDash(e.lastDay()), "class", "num")
          .el("td", Integer.toString(e.stories()), "class", "num").el("td", Format.join(e.outlets()), "dir", "auto")
          .open("td").el("q", Format.cut(e.evidence(), 280), "dir", "auto");
      int n = 1;
      for (String claim : e.claims()) h.text(" ").link(evidenceLink(claim), "[" + n++ + "]", "class", "ev");
      h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  /** "ARTICLEID#ORD" as a link to the article page, anchored at the claim's span. */
  static String evidenceLink(String claimId) {
    int hash = claimId.lastIndexOf('#');
    if (hash < 0) return Urls.path("/articles/", claimId);
    return Urls.path("/articles/", claimId.substring(0, hash)) + "#claim-" + claimId.substring(hash + 1);
  }

  private static void derived(Html h, List<Derived> derived) {
    if (derived.isEmpty()) return;
    h.el("h2", "Totals derived from increments").open("ul", "class", "items");
    for (Derived d : derived) h.el("li", d.claimant() + ": " + d.range() + " (" + d.day() + ") " + d.explanation());
    h.close("ul");
  }
}
