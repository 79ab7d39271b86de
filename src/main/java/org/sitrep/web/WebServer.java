package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.BindException;
import java.util.List;
import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;

/** The web front of sitrep: pages, static assets and the API, on one Javalin instance. */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final Site site;

  private WebServer(Javalin app, Site site) {
    this.app = app;
    this.site = site;
  }

  /** Serves the store read-only as far as analysis goes: ingest answers 503 (for tests of the pages). */
  public static WebServer start(Store store, Ledger ledger, WebOptions options) {
    return start(store, ledger, options, null, List.of());
  }

  /**
   * Starts serving the store; the caller owns the store and ledger and closes them after the server.
   * With a token in the options, {@code POST /api/v1/articles} analyses with {@code analysis}.
   * The API's reads go to {@code readers}, more stores open on the same database, in turn (the
   * caller closes them too); with none they go to {@code store}.
   *
   * @throws ServeException when the address cannot be bound (port in use, no such interface)
   */
  public static WebServer start(Store store, Ledger ledger, WebOptions options, Analysis analysis,
      List<Store> readers) {
    Site site = new Site(store, ledger, options);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jsonMapper(new JavalinJackson(JsonOutput.mapper(), false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/sitrep/web/static";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      RequestBody.refuseDeclaredOverLimit(ctx, options.maxBodyBytes());
    });
    Problems.register(app);
    Api.register(app, site, new ArticleIngest(site, analysis), new Readers(store, readers));
    Pages.register(app, site);
    return new WebServer(bind(app, options), site);
  }

  private static Javalin bind(Javalin app, WebOptions options) {
    try {
      return app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      app.stop();
      String where = options.host() + ":" + options.port();
      if (hasCause(e, BindException.class) || String.valueOf(e.getMessage()).contains("already in use")) {
        throw new ServeException("cannot listen on " + where + ": the port is in use or the address is"
            + " not on this machine; choose another with --port or --host", e);
      }
      throw new ServeException("cannot listen on " + where + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  /** The bound port, useful when the options asked for port 0. */
  public int port() {
    return app.port();
  }

  /** Every HTTP route Javalin holds ("GET /api/v1/articles"), for the test that compares them with the OpenAPI document. */
  List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath()).toList();
  }

  Site site() {
    return site;
  }

  /** Stops accepting requests and waits for those in flight. */
  @Override
  public void close() {
    app.stop();
  }
}
