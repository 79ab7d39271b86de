package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * The one place errors become responses. Under {@code /api} every error is problem JSON; elsewhere
 * it is short plain text (the pages may register their own HTML renderer for their paths).
 */
final class Problems {
  static final String PROBLEM_JSON = "application/problem+json";

  private Problems() {}

  static void register(Javalin app) {
    app.exception(Problem.class, (e, ctx) -> render(ctx, e.body()));
    app.exception(HttpResponseException.class, (e, ctx) -> render(ctx,
        new Problem.Body(title(e.getStatus()), e.getStatus(), detail(e, ctx))));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + oneLine(e));
      render(ctx, new Problem.Body("Internal Server Error", 500,
          "the server failed on this request; its log has the cause"));
    });
    app.error(404, ctx -> {
      if (ctx.result() == null) render(ctx, new Problem.Body("Not Found", 404, "no such resource: " + ctx.path()));
    });
  }

  static void render(Context ctx, Problem.Body body) {
    ctx.status(body.status());
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
      ctx.json(body).contentType(PROBLEM_JSON);
    } else {
      ctx.contentType("text/plain; charset=utf-8").result(body.status() + " " + body.title() + ": " + body.detail());
    }
  }

  private static String detail(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) return "no such resource: " + ctx.path();
    if (e.getStatus() == 413) return "the request body is larger than the limit";
    return e.getMessage();
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }

  private static String oneLine(Throwable e) {
    return (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
  }
}
