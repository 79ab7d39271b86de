package org.sitrep.web;

import io.javalin.Javalin;

/** The JSON API under {@code /api/v1}. */
final class Api {
  private Api() {}

  static void register(Javalin app, Site site) {
    app.get("/api/v1/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
  }
}
