package org.sitrep.web;

import java.util.List;
import java.util.Optional;
import org.sitrep.store.EventSite;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Rows.ClaimRow;
import org.sitrep.store.Rows.QuoteRow;

/** {@code /actors/{id}}: events as actor and as recipient, quotes, figures it claimed, actors seen with it. */
final class ActorPage {
  static final int SHOWN = 200;

  private ActorPage() {}

  static Optional<String> render(Site site, String id) {
    return site.store().actors(id, 0).stream().filter(a -> a.id().equals(id)).findFirst()
        .map(a -> page(site, a));
  }

  static String page(Site site, ActorRow a) {
    Html h = Layout.start(Format.orDash(a.name()), null);
    h.el("h1", Format.orDash(a.name()), "dir", "auto");
    h.el("p", a.id() + " · " + Format.orDash(a.kind()) + (a.country() == null || a.country().equals(a.id()) ? "" : " · " + a.country()) + " · "
        + a.mentions() + " mentions in " + a.articles() + " articles, " + Format.orDash(a.firstSeen()) + " to "
        + Format.orDash(a.lastSeen()), "class", "summary");
    List<EventSite> events = site.store().eventSites(new EventSite.Filter(null, a.id(), null, null, null, SHOWN));
    h.open("p").link(Urls.query("/events", "actor", a.id()), "Its events on the map").close("p");
    h.open("div", "class", "grid");
    panel(h, "Events as actor");
    Lists.events(h, events.stream().filter(e -> e.actors().contains(a.id())).toList());
    more(h, events, Urls.query("/events", "actor", a.id()));
    h.close("section");
    panel(h, "Events as recipient");
    Lists.events(h, events.stream().filter(e -> e.recipients().contains(a.id())).toList());
    h.close("section");
    panel(h, "Quotes");
    List<QuoteRow> quotes = site.store().quotes(new Queries.Quotes(a.id(), null, null, SHOWN));
    quotes(h, quotes.stream().filter(q -> a.id().equals(q.speakerActor())).toList());
    more(h, quotes, Urls.query("/api/v1/quotes", "speaker", a.id()));
    h.close("section");
    panel(h, "Figures it claimed");
    List<ClaimRow> claims = site.store().claims(new Queries.Claims(null, a.id(), null, null, null, SHOWN));
    claims(h, claims.stream().filter(c -> a.id().equals(c.claimantActor())).toList());
    more(h, claims, Urls.query("/api/v1/claims", "actor", a.id()));
    h.close("section");
    panel(h, "Seen with");
    Lists.actors(h, site.store().coActors(a.id(), 20), " in common");
    h.close("section").close("div");
    return Layout.finish(h);
  }

  /** When a panel's list was cut at {@link #SHOWN}: where the whole of it is. */
  private static void more(Html h, List<?> read, String all) {
    if (read.size() < SHOWN) return;
    h.open("p", "class", "meta").text("The newest " + SHOWN + " read; ").link(all, "all of them").close("p");
  }

  private static void panel(Html h, String title) {
    h.open("section", "class", "panel").el("h2", title);
  }

  private static void quotes(Html h, List<QuoteRow> quotes) {
    if (Lists.empty(h, quotes, "No quotes.")) return;
    h.open("ul", "class", "items");
    for (QuoteRow q : quotes) {
      h.open("li").el("q", Format.cut(q.text(), 400), "dir", "auto").open("span", "class", "meta")
          .text(" " + Format.orDash(q.cue()) + " · " + Format.orDash(q.date()) + " · ")
          .link(Urls.path("/articles/", q.articleId()), Format.orDash(q.outlet()), "dir", "auto")
          .close("span").close("li");
    }
    h.close("ul");
  }

  private static void claims(Html h, List<ClaimRow> claims) {
    if (Lists.empty(h, claims, "No figures claimed.")) return;
    h.open("ul", "class", "items");
    for (ClaimRow c : claims) {
      h.open("li").el("strong", Format.range(c.low(), c.high()) + " " + Format.orDash(c.unit()))
          .text(" " + c.measure() + " of " + Format.orDash(c.subject()) + " ").open("span", "class", "meta")
          .text(Format.orDash(c.date()) + " · ")
          .link(Urls.path("/articles/", c.articleId()) + "#claim-" + c.ord(), "evidence")
          .close("span").close("li");
    }
    h.close("ul");
  }
}
