package org.sitrep.web;

import io.javalin.Javalin;

/** The server-rendered HTML pages. */
final class Pages {
  private Pages() {}

  static void register(Javalin app, Site site) {
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8")
        .result("<!doctype html><title>sitrep</title><p>sitrep is running.</p>"));
  }
}
