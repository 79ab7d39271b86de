package org.sitrep.web;

import io.javalin.http.Context;
import java.util.Set;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.ThreadFilter;

/**
 * The figures ledger: the thread table with the filters of {@code sitrep figures}, one thread in
 * full (every estimate by claimant, derived totals), and the incidents with their figures side by side.
 */
final class ApiFigures {
  static final Set<String> FILTERS = Set.of("text", "actor", "measure", "kind", "since", "as_of", "stale_days");

  private final Ledger ledger;
  private final ThreadCache cache;

  ApiFigures(Site site, ThreadCache cache) {
    this.ledger = site.ledger();
    this.cache = cache;
  }

  void threads(Context ctx) {
    Params p = Params.of(ctx);
    String kind = p.text("kind");
    if (kind != null && !ThreadFilter.KINDS.contains(kind.toLowerCase(java.util.Locale.ROOT))) {
      throw Problem.badRequest("kind must be one of " + String.join(", ", ThreadFilter.KINDS));
    }
    ThreadFilter filter = new ThreadFilter(p.text("text"), p.text("actor"), p.text("measure"), kind,
        p.date("since"), p.date("as_of"), staleDays(p));
    ctx.json(Page.of(ctx, p, cache.threads(filter)));
  }

  static final Set<String> INCIDENT_FILTERS = Set.of("text", "actor", "measure", "since", "as_of", "stale_days");

  void incidents(Context ctx) {
    Params p = Params.of(ctx);
    ThreadFilter filter = new ThreadFilter(p.text("text"), p.text("actor"), p.text("measure"), "incident",
        p.date("since"), p.date("as_of"), staleDays(p));
    ctx.json(Page.of(ctx, p, IncidentLine.of(cache.threads(filter))));
  }

  void thread(Context ctx) {
    Params p = Params.of(ctx);
    String id = ctx.pathParam("thread");
    ThreadFilter filter = new ThreadFilter(null, null, null, null, null, p.date("as_of"), staleDays(p));
    try {
      ctx.json(ledger.thread(id, filter)
          .orElseThrow(() -> Problem.notFound("no figure thread with id '" + id + "'")));
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest(e.getMessage()); // an ambiguous prefix
    }
  }

  private static int staleDays(Params p) {
    return p.integer("stale_days", ThreadFilter.STALE_DAYS, 0, 36_500);
  }
}
