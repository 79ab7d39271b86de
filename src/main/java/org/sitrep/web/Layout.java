package org.sitrep.web;

/** The frame around every page: head with the viewport and our stylesheet, the navigation, the script. */
final class Layout {
  static final String CSS = "/static/sitrep.css";
  static final String JS = "/static/sitrep.js";
  private static final String[][] NAV = {{"/", "Overview"}, {"/figures", "Figures"}, {"/events", "Events"},
      {"/search", "Search"}};

  private Layout() {}

  /** Starts a page and opens its main element; {@code section} is the nav entry to mark current. */
  static Html start(String title, String section) {
    Html h = new Html().doctype().open("html", "lang", "en").open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .el("title", title + " · sitrep")
        .empty("link", "rel", "stylesheet", "href", CSS)
        .empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml")
        .open("script", "src", JS, "defer", "defer").close("script")
        .close("head").open("body").open("header", "class", "top").open("nav");
    h.link("/", "sitrep", "class", "brand");
    for (String[] item : NAV) {
      h.link(item[0], item[1], "aria-current", item[0].equals(section) ? "page" : null);
    }
    h.open("form", "class", "find", "action", "/search", "method", "get", "role", "search")
        .empty("input", "type", "search", "name", "q", "placeholder", "Search articles", "aria-label", "Search")
        .close("form").close("nav").close("header").open("main");
    return h;
  }

  static String finish(Html h) {
    return h.close("main").open("footer").text("sitrep: sourced records of war reporting. ")
        .link("/api/v1/health", "API").close("footer").close("body").close("html").toString();
  }

  /** A page that says what was not found. */
  static String notFound(String what) {
    Html h = start("Not found", null);
    h.el("h1", "Not found").el("p", what).open("p").link("/", "Back to the overview").close("p");
    return finish(h);
  }
}
