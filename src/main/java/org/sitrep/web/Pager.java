package org.sitrep.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Which slice of a long list an HTML page shows ({@code ?page=N}, from 1), and the links to the
 * pages beside it. A page number that is not a whole number of at least 1 shows the first page,
 * as a reader who mistypes it expects; the links keep every other parameter of the request.
 */
record Pager(int page, int size, String path, java.util.Map<String, List<String>> query) {
  /** Pages past this one are refused as the first: no list is that long, and the offset stays an int. */
  static final int MAX_PAGE = 100_000;

  static Pager of(Context ctx, int size) {
    return new Pager(number(ctx.queryParam("page")), size, ctx.path(), ctx.queryParamMap());
  }

  static int number(String s) {
    if (s == null || s.isBlank() || s.strip().length() > 6) return 1;
    try {
      int n = Integer.parseInt(s.strip());
      return n < 1 || n > MAX_PAGE ? 1 : n;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  int offset() {
    return (page - 1) * size;
  }

  /** How many rows to read to show this page and know whether another follows. */
  int fetch() {
    return offset() + size + 1;
  }

  /** This page's rows out of the rows read from the start. */
  <T> List<T> slice(List<T> rows) {
    int from = Math.min(offset(), rows.size());
    return rows.subList(from, Math.min(offset() + size, rows.size()));
  }

  boolean more(List<?> rows) {
    return rows.size() > offset() + size;
  }

  /**
   * "Events 51–100, newest first" on a later page or when more follow; "No events on page 9" past
   * the end; "" when the whole list fits on this page (its count says it all).
   */
  String range(List<?> rows, String items, String order) {
    int shown = slice(rows).size();
    if (page == 1 && !more(rows)) return "";
    if (shown == 0) return "No " + items + " on page " + page;
    return Character.toUpperCase(items.charAt(0)) + items.substring(1) + " " + Format.number((double) offset() + 1)
        + "–" + Format.number((double) offset() + shown) + (order == null ? "" : ", " + order);
  }

  /** Previous and next links, when there is a page on either side. */
  void links(Html h, List<?> rows) {
    boolean previous = page > 1;
    boolean next = more(rows);
    if (!previous && !next) return;
    h.open("nav", "class", "pager", "aria-label", "pages");
    if (previous) h.link(Page.link(path, query, "page", page - 1), "← Previous", "rel", "prev");
    h.el("span", "page " + page, "class", "meta");
    if (next) h.link(Page.link(path, query, "page", page + 1), "Next →", "rel", "next");
    h.close("nav");
  }
}
