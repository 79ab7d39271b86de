package org.sitrep.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;

/** The web front of sitrep: pages, static assets and the API, on one Javalin instance. */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving the store; the caller owns the store and ledger and closes them after the server. */
  public static WebServer start(Store store, Ledger ledger, WebOptions options) {
    Site site = new Site(store, ledger, options);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
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
    });
    Api.register(app, site);
    Pages.register(app, site);
    app.start(options.host(), options.port());
    return new WebServer(app);
  }

  /** The bound port, useful when the options asked for port 0. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
