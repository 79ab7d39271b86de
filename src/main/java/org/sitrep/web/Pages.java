package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;

/** The server-rendered HTML pages: one route per page, and a page for what is not found. */
final class Pages {
  private Pages() {}

  static void register(Javalin app, Site site) {
    app.get("/", ctx -> html(ctx, OverviewPage.render(site)));
    app.get("/articles/{id}", ctx -> found(ctx, ArticlePage.render(site, ctx.pathParam("id")), "article"));
    app.get("/figures", ctx -> html(ctx, FiguresPage.render(site, PageFilters.threads(ctx), Pager.of(ctx, FiguresPage.SHOWN))));
    app.get("/figures/{thread}", ctx -> found(ctx, ThreadPage.render(site, ctx.pathParam("thread")), "figure thread"));
    app.get("/events", ctx -> html(ctx, EventsPage.render(site, PageFilters.events(ctx), Pager.of(ctx, EventsPage.SHOWN))));
    app.get("/actors/{id}", ctx -> found(ctx, ActorPage.render(site, ctx.pathParam("id")), "actor"));
    app.get("/search", ctx -> html(ctx, SearchPage.render(site, ctx.queryParam("q"), Pager.of(ctx, SearchPage.SHOWN))));
    app.error(404, "html", ctx -> {
      String type = ctx.res().getContentType();
      if (ctx.result() == null || ctx.result().isEmpty() || type == null || !type.startsWith("text/html")) {
        html(ctx.status(404), Layout.notFound("There is no page at " + ctx.path() + "."));
      }
    });
  }

  private static void found(Context ctx, Optional<String> page, String what) {
    if (page.isPresent()) {
      html(ctx, page.get());
    } else {
      html(ctx.status(404), Layout.notFound("No " + what + " has the id you asked for."));
    }
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }
}
