package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.figures.Ledger;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.Store;
import org.sitrep.web.Analysis;
import org.sitrep.web.WebOptions;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep serve}: the web app and REST API over the store, until Ctrl-C, which stops the
 * server (requests in flight finish) and closes the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web app and the REST API (/api/v1, described at /api/openapi.json) over the store.",
        "Read-only unless a token is given; POST /api/v1/articles then needs 'Authorization: Bearer TOKEN'.",
        "A read-only server needs an existing store; with a token an empty one is created."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
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

  @Option(names = "--read-connections", paramLabel = "N", defaultValue = "4",
      description = "Extra database connections for the API's reads, so concurrent requests do not"
          + " queue behind one (default: ${DEFAULT-VALUE}; 0 = every read on the main connection).")
  int readConnections;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    if (readConnections < 0 || readConnections > 64) {
      throw new ParameterException(spec.commandLine(), "--read-connections must be 0 to 64");
    }
    String secret = token != null ? token : System.getenv("SITREP_TOKEN");
    WebOptions options = new WebOptions(host, port, secret, allowPrivateUrls, WebOptions.DEFAULT_MAX_BODY);
    PrintWriter err = spec.commandLine().getErr();
    Store store = options.writable() ? db.open() : db.openExisting();
    Ledger ledger = null;
    WebServer server = null;
    List<Store> readers = new ArrayList<>();
    try {
      for (int i = 0; i < readConnections; i++) readers.add(Store.openExisting(db.location()));
      ledger = Ledger.open(db.location());
      err.printf(Locale.ROOT, "sitrep: indexing figures of %s...%n", store.describe());
      err.flush();
      ledger.sync();
      server = WebServer.start(store, ledger, options, new Analysis(
          () -> Pipeline.standard(PipelineOptions.defaults()), IngestCommand.ANALYSIS_VERSION), readers);
    } catch (RuntimeException e) {
      closeQuietly(ledger);
      readers.forEach(ServeCommand::closeQuietly);
      store.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stopper(server, ledger, store, readers, err),
        "sitrep-serve-stop"));
    err.printf(Locale.ROOT, "sitrep: serving %s on http://%s:%d/ (%s); Ctrl-C stops%n", store.describe(), host,
        server.port(), options.writable() ? "POST /api/v1/articles needs the token" : "read-only");
    err.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /** Ctrl-C: stop taking requests, let those in flight finish, then close the ledger and the store. */
  private static Runnable stopper(WebServer server, Ledger ledger, Store store, List<Store> readers,
      PrintWriter err) {
    return () -> {
      server.close();
      closeQuietly(ledger);
      readers.forEach(ServeCommand::closeQuietly);
      store.close();
      err.println("sitrep: stopped");
      err.flush();
    };
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) return;
    try {
      c.close();
    } catch (Exception ignored) {
      // closing after a failure: the first error is the one reported
    }
  }
}
