package org.sitrep.web;

import java.util.List;
import org.sitrep.figures.ThreadLine;
import org.sitrep.store.EventSite;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Rows.ArticleRow;

/** The tables and lists several pages share. */
final class Lists {
  /** Columns a phone leaves out. */
  private static final java.util.Set<String> OPTIONAL = java.util.Set.of("Range of all claims", "Claimants", "Last");

  private Lists() {}

  static void articles(Html h, List<ArticleRow> rows) {
    if (empty(h, rows, "No articles yet: run sitrep ingest.")) return;
    h.open("ul", "class", "items");
    for (ArticleRow a : rows) {
      h.open("li").link(Urls.path("/articles/", a.id()), Format.orDash(a.title()), "dir", "auto")
          .open("span", "class", "meta").text(Format.orDash(a.date()) + " · ");
      if (a.outlet() != null && !a.outlet().isBlank()) h.el("span", a.outlet(), "dir", "auto").text(" · ");
      h.text(a.claims() + " figures, " + a.quotes() + " quotes, " + a.events() + " events")
          .close("span").close("li");
    }
    h.close("ul");
  }

  static void threads(Html h, List<ThreadLine> lines) {
    if (empty(h, lines, "No figure threads match.")) return;
    h.open("div", "class", "scroll").open("table", "class", "threads").open("thead").open("tr");
    for (String col : List.of("Figure", "Latest", "Range of all claims", "Claimants", "Flags", "Last", "Stories")) {
      h.el("th", col, "class", OPTIONAL.contains(col) ? "opt" : null);
    }
    h.close("tr").close("thead").open("tbody");
    for (ThreadLine t : lines) {
      h.open("tr").open("td").link(Urls.path("/figures/", t.id()), t.subject() + ": " + t.measure(), "dir", "auto")
          .el("span", " " + t.kindAndDay(), "class", "meta").close("td")
          .el("td", t.latest(), "class", "num").el("td", t.envelope(), "class", "num opt")
          .el("td", Integer.toString(t.claimants()), "class", "num opt").open("td");
      flags(h, t.flags());
      h.close("td").el("td", t.lastDay(), "class", "opt").el("td", Integer.toString(t.stories()), "class", "num")
          .close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  static void flags(Html h, List<String> flags) {
    for (String f : flags) h.el("span", f, "class", "flag flag-" + f.replaceAll("[^a-z]", ""));
  }

  static void events(Html h, List<EventSite> events) {
    if (empty(h, events, "No events match.")) return;
    h.open("ol", "class", "timeline");
    String day = null;
    for (EventSite e : events) {
      if (e.date() != null && !e.date().equals(day)) {
        day = e.date();
        h.el("li", day, "class", "day");
      }
      h.open("li", "class", "event").el("span", e.type(), "class", "type");
      if (e.mode() != null) h.el("span", " " + e.mode(), "class", "meta");
      h.text(" ");
      chips(h, e.actors());
      if (!e.recipients().isEmpty()) h.text(" → ");
      chips(h, e.recipients());
      if (e.place() != null) h.el("span", " in " + e.place(), "class", "meta", "dir", "auto");
      h.open("p", "class", "evidence").link(Urls.path("/articles/", e.articleId()) + "#event-" + e.ord(),
          Format.cut(e.evidence(), 240), "dir", "auto").close("p").close("li");
    }
    h.close("ol");
  }

  /** Actor ids as links; the catalog's name, where it knows the id, is the chip's tooltip. */
  static void chips(Html h, List<String> ids) {
    for (String id : ids) {
      org.sitrep.actors.CatalogEntry known = org.sitrep.actors.Catalog.load().byId(id);
      String name = known == null ? id : known.name();
      h.link(Urls.path("/actors/", id), id, "class", "chip", "title", name);
    }
  }

  /** Incidents as a short list: the day and place, then each figure a link to its thread. */
  static void incidents(Html h, List<org.sitrep.figures.IncidentLine> incidents) {
    if (empty(h, incidents, "No incidents yet.")) return;
    h.open("ul", "class", "items incidents");
    for (org.sitrep.figures.IncidentLine l : incidents) {
      h.open("li").el("strong", l.when() + (l.place() == null ? "" : " · " + l.place()), "dir", "auto").text(" ");
      figures(h, l, null);
      flags(h, l.disputed() ? List.of("disputed") : List.of());
      h.close("li");
    }
    h.close("ul");
  }

  /** An incident's figures, each a link to its thread but the one {@code current}, which is plain. */
  static void figures(Html h, org.sitrep.figures.IncidentLine l, String current) {
    List<String> figures = l.figures();
    for (int i = 0; i < figures.size(); i++) {
      if (i > 0) h.text("; ");
      String id = l.threads().get(i).id();
      if (id.equals(current)) {
        h.el("span", figures.get(i), "dir", "auto");
      } else {
        h.link(Urls.path("/figures/", id), figures.get(i), "dir", "auto");
      }
    }
  }

  static void actors(Html h, List<ActorRow> rows, String counted) {
    if (empty(h, rows, "No actors.")) return;
    h.open("ul", "class", "items");
    for (ActorRow a : rows) {
      h.open("li").link(Urls.path("/actors/", a.id()), Format.orDash(a.name()), "dir", "auto")
          .el("span", " " + Format.orDash(a.kind()) + " · " + a.articles() + " articles" + counted(counted, a), "class", "meta")
          .close("li");
    }
    h.close("ul");
  }

  private static String counted(String counted, ActorRow a) {
    return counted == null ? ", " + a.mentions() + " mentions" : counted;
  }

  static boolean empty(Html h, List<?> rows, String message) {
    if (!rows.isEmpty()) return false;
    h.el("p", message, "class", "empty");
    return true;
  }
}
