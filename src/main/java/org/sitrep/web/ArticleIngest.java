package org.sitrep.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.sitrep.extract.Extraction;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageFailure;
import org.sitrep.record.Article;
import org.sitrep.record.Record;
import org.sitrep.store.Outcome;
import org.sitrep.store.PutResult;

/**
 * {@code POST /api/v1/articles}: the steps of {@code sitrep ingest} for one article (extract,
 * skip when stored, analyse, store, index its figures), behind the token. One ingest runs at a
 * time: analysis takes the CPU, and reads must stay fast meanwhile.
 */
final class ArticleIngest {
  private static final String NAME = "POST /api/v1/articles";

  private final Site site;
  private final BearerToken token;
  private final Analysis analysis;
  private final InputOptions fetch;
  private final Semaphore lane = new Semaphore(1, true);
  private volatile Pipeline pipeline;
  private final java.util.concurrent.atomic.AtomicLong stored = new java.util.concurrent.atomic.AtomicLong();

  /** {@code analysis} null: the token is still checked, then ingest answers 503. */
  ArticleIngest(Site site, Analysis analysis) {
    this.site = site;
    this.token = new BearerToken(site.options().token());
    this.analysis = analysis;
    InputOptions base = InputOptions.defaults().withMaxBytes(site.options().maxBodyBytes());
    this.fetch = site.options().allowPrivateUrls() ? base : base.publicAddressesOnly();
  }

  void handle(Context ctx) throws InterruptedException {
    token.require(ctx);
    if (analysis == null) throw new Problem(503, "Service Unavailable", "this server cannot analyse articles");
    Input input = IngestBody.read(ctx.contentType(), RequestBody.read(ctx, site.options().maxBodyBytes()), fetch);
    lane.acquire();
    try {
      ingest(ctx, input);
    } finally {
      lane.release();
    }
  }

  private void ingest(Context ctx, Input input) {
    String name = input.url() != null ? input.url() : NAME;
    try {
      Article article = StageFailure.guard("extract", () -> Extraction.extract(input));
      if (article.isRejected()) {
        site.store().recordOutcome(new Outcome(name, Outcome.REJECTED, article.reason(), "extract"));
        throw Problem.unprocessable("rejected: " + article.reason());
      }
      if (site.store().has(article.id())) {
        ctx.status(200).json(answer(article.id(), "already stored", null));
        return;
      }
      Record record = StageFailure.guard("analyze", () -> pipeline().analyze(article));
      PutResult put = site.store().put(record, analysis.version());
      site.ledger().update(record);
      site.ledger().flush();
      stored.incrementAndGet();
      ctx.status(201).header("Location", "/api/v1/articles/" + article.id())
          .json(answer(article.id(), put.name().toLowerCase(Locale.ROOT), record));
    } catch (StageFailure e) {
      site.store().recordOutcome(new Outcome(name, Outcome.FAILED, e.getMessage(), e.stage()));
      throw new Problem(500, "Internal Server Error", "the " + e.stage() + " stage failed on this article: "
          + e.getMessage());
    }
  }

  /** How many articles this server has stored: the figures cache is stale when it changes. */
  long stored() {
    return stored.get();
  }

  private static Map<String, Object> answer(String id, String outcome, Record record) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("outcome", outcome);
    if (record != null) {
      out.put("title", record.article().title());
      out.put("claims", record.claims().size());
      out.put("quotes", record.quotes().size());
      out.put("events", record.events().size());
    }
    out.put("links", Map.of("self", "/api/v1/articles/" + id));
    return out;
  }

  /** The pipeline, built on first use: the models load once, on the first article that needs them. */
  private Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) pipeline = p = analysis.pipeline().get();
      }
    }
    return p;
  }
}
