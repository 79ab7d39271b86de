package org.sitrep.web;

import java.util.List;
import org.sitrep.store.Rows.SearchHit;

/** {@code /search?q=}: full-text search over titles and texts, the hits marked in each snippet, a page at a time. */
final class SearchPage {
  /** Hits per page. */
  static final int SHOWN = 50;

  private SearchPage() {}

  static String render(Site site, String q, Pager pager) {
    String query = q == null ? "" : q.strip();
    Html h = Layout.start(query.isEmpty() ? "Search" : "Search: " + query, "/search");
    h.el("h1", "Search").open("form", "class", "filters", "action", "/search", "method", "get");
    Forms.input(h, "q", "Words", query, "search");
    h.el("button", "Search", "type", "submit").close("form");
    if (!query.isEmpty()) hits(h, site.store().search(query, pager.fetch()), pager);
    return Layout.finish(h);
  }

  private static void hits(Html h, List<SearchHit> rows, Pager pager) {
    List<SearchHit> hits = pager.slice(rows);
    String range = pager.range(rows, "articles", "best match first");
    h.el("p", range.isEmpty() ? hits.size() + " articles" : range, "class", "meta");
    h.open("ol", "class", "items hits", "start", Integer.toString(pager.offset() + 1));
    for (SearchHit hit : hits) {
      h.open("li").link(Urls.path("/articles/", hit.articleId()), Format.orDash(hit.title()), "dir", "auto")
          .el("span", " " + Format.orDash(hit.date()) + " · " + Format.orDash(hit.outlet()), "class", "meta", "dir", "auto")
          .open("p", "class", "snippet", "dir", "auto");
      snippet(h, hit.snippet());
      h.close("p").close("li");
    }
    h.close("ol");
    pager.links(h, rows);
  }

  /** The store marks hits [like this]; each becomes a mark element, the rest plain escaped text. */
  static void snippet(Html h, String s) {
    int at = 0;
    while (at < s.length()) {
      int open = s.indexOf('[', at);
      int close = open < 0 ? -1 : s.indexOf(']', open);
      if (close < 0) {
        h.text(s.substring(at));
        return;
      }
      h.text(s.substring(at, open)).el("mark", s.substring(open + 1, close), "class", "hit");
      at = close + 1;
    }
  }
}
