package org.sitrep.web;

import java.util.List;
import java.util.Optional;
import org.sitrep.record.Article;
import org.sitrep.record.Record;

/** {@code /articles/{id}}: the text with its marks, the details panel, and the collapsed extras. */
final class ArticlePage {
  private ArticlePage() {}

  static Optional<String> render(Site site, String id) {
    return find(site, id).map(r -> page(r, site.ledger().threadsOf(r.article().id())));
  }

  /** The record by full id, or by an id prefix of at least 6 characters that matches one article. */
  static Optional<Record> find(Site site, String id) {
    Optional<Record> exact = site.store().get(id);
    if (exact.isPresent() || id.length() < 6) return exact;
    List<String> ids = site.store().idsStartingWith(id, 2);
    return ids.size() == 1 ? site.store().get(ids.get(0)) : Optional.empty();
  }

  static String page(Record r, java.util.Map<Integer, String> threads) {
    Article a = r.article();
    String title = a.title() == null || a.title().isBlank() ? "Untitled article" : a.title();
    Html h = Layout.start(title, null);
    h.el("h1", title, "dir", "auto");
    byline(h, a);
    legend(h, r);
    h.open("div", "class", "reader");
    h.open("div", "class", "text", "id", "text", "dir", "auto");
    Highlighter.write(h, a.text() == null ? "" : a.text(), ArticleMarks.of(r));
    h.close("div");
    h.open("aside", "class", "details", "id", "details", "aria-live", "polite")
        .el("p", "Click a highlighted word to see what was found there.", "class", "hint");
    ArticleDetails.write(h, r, threads);
    h.close("aside").close("div");
    extras(h, a);
    return Layout.finish(h);
  }

  private static void byline(Html h, Article a) {
    h.open("p", "class", "byline");
    String sep = "";
    for (String part : new String[] {a.source() != null ? a.source() : a.site(), a.published(),
        a.authors().isEmpty() ? null : String.join(", ", a.authors())}) {
      if (part == null || part.isBlank()) continue;
      h.text(sep).el("span", part, "dir", "auto");
      sep = " · ";
    }
    if (a.url() != null) h.text(sep).link(a.url(), "original", "rel", "noopener noreferrer nofollow", "class", "source");
    h.close("p");
  }

  private static void legend(Html h, Record r) {
    h.open("p", "class", "legend");
    h.el("span", r.actors().size() + " actors", "class", "key m-actor");
    h.el("span", r.claims().size() + " figures", "class", "key m-figure");
    h.el("span", r.quotes().size() + " quotes", "class", "key m-quote");
    h.el("span", r.events().size() + " events", "class", "key m-event");
    h.close("p");
  }

  private static void extras(Html h, Article a) {
    h.open("details", "class", "extra").el("summary", "Metadata").open("dl");
    String[][] rows = {{"Id", a.id()}, {"Title", a.title()}, {"URL", a.url()}, {"Canonical URL", a.canonicalUrl()},
        {"Path", a.path()}, {"Source", a.source()}, {"Site", a.site()}, {"Language", a.language()},
        {"Published", a.published()}, {"Modified", a.modified()}, {"Authors", String.join(", ", a.authors())}};
    for (String[] row : rows) h.el("dt", row[0]).el("dd", Format.orDash(row[1]), "dir", "auto");
    h.close("dl").close("details");
    h.open("details", "class", "extra").el("summary", "Outcome: " + Format.orDash(a.outcome()));
    h.el("p", a.reason() == null ? "Analysed without a rejection reason." : a.reason()).close("details");
    h.open("details", "class", "extra").el("summary", "Removed page chrome (" + a.removed().size() + " blocks)");
    h.open("ol", "class", "removed");
    for (String block : a.removed()) h.el("li", block, "dir", "auto");
    h.close("ol").close("details");
  }
}
