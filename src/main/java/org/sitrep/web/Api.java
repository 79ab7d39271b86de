package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON API under {@code /api/v1}, and its OpenAPI document at {@value #OPENAPI}. */
final class Api {
  static final String OPENAPI = "/api/openapi.json";
  private static final String OPENAPI_RESOURCE = "/org/sitrep/web/openapi.json";

  private Api() {}

  static void register(Javalin app, Site site) {
    register(app, site, new ArticleIngest(site, null), new Readers(site.store(), List.of()));
  }

  static void register(Javalin app, Site site, ArticleIngest ingest, Readers readers) {
    for (ApiRoute r : routes(site, ingest, readers)) {
      app.addHttpHandler(r.method(), r.path(), ctx -> {
        Params.of(ctx, r.params()); // every route refuses unknown parameters, even those without any
        r.handler().handle(ctx);
      });
    }
  }

  /** Every API route, in the order of the OpenAPI document. */
  static List<ApiRoute> routes(Site site, ArticleIngest ingest, Readers readers) {
    ApiReads reads = new ApiReads(readers);
    ApiFigures figures = new ApiFigures(site, new ThreadCache(site.ledger(), System::nanoTime, ingest::stored));
    byte[] openapi = openapi();
    return List.of(
        ApiRoute.get(OPENAPI, Set.of(), ctx -> ctx.contentType("application/json").result(openapi)),
        ApiRoute.get("/api/v1/health", Set.of(), ctx -> ctx.json(Map.of("status", "ok",
            "writable", site.options().writable()))),
        ApiRoute.list("/api/v1/articles", Set.of("since", "until", "source"), reads::articles),
        new ApiRoute(HandlerType.POST, "/api/v1/articles", Set.of(), ingest::handle),
        ApiRoute.get("/api/v1/articles/{id}", Set.of(), reads::article),
        ApiRoute.list("/api/v1/claims", Set.of("text", "actor", "measure", "since", "until"), reads::claims),
        ApiRoute.list("/api/v1/quotes", Set.of("speaker", "since", "until"), reads::quotes),
        ApiRoute.list("/api/v1/events", Set.of("type", "actor", "since", "until"), reads::events),
        ApiRoute.list("/api/v1/actors", Set.of("text"), reads::actors),
        ApiRoute.get("/api/v1/actors/{id}", Set.of(), reads::actor),
        ApiRoute.list("/api/v1/figures", ApiFigures.FILTERS, figures::threads),
        ApiRoute.get("/api/v1/figures/{thread}", Set.of("as_of", "stale_days"), figures::thread),
        ApiRoute.list("/api/v1/incidents", ApiFigures.INCIDENT_FILTERS, figures::incidents),
        ApiRoute.list("/api/v1/search", Set.of("q"), reads::search));
  }

  private static byte[] openapi() {
    try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + OPENAPI_RESOURCE, e);
    }
  }
}
