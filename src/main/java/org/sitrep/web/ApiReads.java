package org.sitrep.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.sitrep.record.Record;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Store;

/**
 * The read endpoints over the store: the same filters as the query commands ({@code sitrep
 * articles, claims, quotes, events, actors, search}), paged.
 */
final class ApiReads {
  /** Shortest id prefix accepted for an article, as on the command line. */
  static final int MIN_PREFIX = 6;

  private final Readers readers;

  ApiReads(Readers readers) {
    this.readers = readers;
  }

  void articles(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.articles(
        new Queries.Articles(p.date("since"), p.date("until"), p.text("source"), p.fetch()))));
  }

  void article(Context ctx) {
    ctx.json(record(ctx.pathParam("id")));
  }

  /** The record by id, or by an unambiguous prefix of at least {@value #MIN_PREFIX} characters. */
  Record record(String id) {
    Store store = readers.next();
    return store.get(id).or(() -> {
      if (id.length() < MIN_PREFIX) return java.util.Optional.empty();
      List<String> ids = store.idsStartingWith(id, 2);
      if (ids.size() > 1) throw Problem.badRequest("article id prefix '" + id + "' is ambiguous");
      return ids.isEmpty() ? java.util.Optional.empty() : store.get(ids.get(0));
    }).orElseThrow(() -> Problem.notFound("no article with id '" + id + "'"));
  }

  void claims(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.claims(new Queries.Claims(p.text("text"), p.text("actor"),
        p.text("measure"), p.date("since"), p.date("until"), p.fetch()))));
  }

  void quotes(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.quotes(new Queries.Quotes(p.text("speaker"), p.date("since"), p.date("until"),
        p.fetch()))));
  }

  void events(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.events(new Queries.Events(p.text("type"), p.text("actor"),
        p.date("since"), p.date("until"), p.fetch()))));
  }

  void actors(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.actors(p.text("text"), p.fetch())));
  }

  /** One actor with its counts, and links to its claims, quotes and events. */
  void actor(Context ctx) {
    String id = ctx.pathParam("id");
    ActorRow row = readers.next().actors(id, 0).stream().filter(a -> a.id().equals(id)).findFirst()
        .orElseThrow(() -> Problem.notFound("no actor with id '" + id + "'"));
    String q = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    ctx.json(Map.of("actor", row, "links", Map.of("claims", "/api/v1/claims?actor=" + q,
        "quotes", "/api/v1/quotes?speaker=" + q, "events", "/api/v1/events?actor=" + q,
        "figures", "/api/v1/figures?actor=" + q)));
  }

  void search(Context ctx) {
    Store store = readers.next();
    Params p = Params.of(ctx);
    ctx.json(Page.of(ctx, p, store.search(p.required("q"), p.fetch())));
  }
}
