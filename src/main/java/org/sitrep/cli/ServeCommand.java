package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;
import org.sitrep.web.WebOptions;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the web app and REST API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web app and the REST API (/api/v1) over the store.",
        "Read-only unless a token is given; POST /api/v1/articles then needs 'Authorization: Bearer TOKEN'."})
final class ServeCommand implements Callable<Integer> {
  @Mixin DbOption db;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 serves every interface).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Token that allows POST /api/v1/articles (default: $SITREP_TOKEN; none = read-only).")
  String token;

  @Option(names = "--allow-private-urls",
      description = "Let URL ingestion fetch loopback, link-local and private addresses (off: SSRF guard).")
  boolean allowPrivateUrls;

  @Override
  public Integer call() throws InterruptedException {
    String secret = token != null ? token : System.getenv("SITREP_TOKEN");
    WebOptions options = new WebOptions(host, port, secret, allowPrivateUrls, WebOptions.DEFAULT_MAX_BODY);
    try (Store store = db.open(); Ledger ledger = Ledger.open(db.location());
        WebServer server = WebServer.start(store, ledger, options)) {
      ledger.sync();
      System.err.printf(java.util.Locale.ROOT, "sitrep serving %s on http://%s:%d/ (%s)%n", store.describe(), host, server.port(),
          options.writable() ? "writes need the token" : "read-only");
      new CountDownLatch(1).await();
      return 0;
    }
  }
}
