package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sitrep.figures.Ledger;
import org.sitrep.nlp.PlainAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;
import org.sitrep.store.Store;

/**
 * The real server on 127.0.0.1 and a free port, over a temporary SQLite store, with a model-free
 * pipeline for ingest; requests go over HTTP with java.net.http.
 */
final class Served implements AutoCloseable {
  final Store store;
  final List<Store> readers;
  final Ledger ledger;
  final WebServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Served(Store store, List<Store> readers, Ledger ledger, WebServer server) {
    this.store = store;
    this.readers = readers;
    this.ledger = ledger;
    this.server = server;
  }

  static Served start(Path dir, WebOptions options, Record... records) {
    String db = dir.resolve("web.db").toString();
    Store store = Store.open(db);
    for (Record r : records) store.put(r, "test");
    Ledger ledger = Ledger.open(db);
    ledger.sync();
    Analysis analysis = new Analysis(() -> Pipeline.on(new PlainAnnotator(), PipelineOptions.defaults()), "test");
    // two read connections beside the writer's, as sitrep serve has: ingest tests read what another connection wrote
    List<Store> readers = List.of(Store.openExisting(db), Store.openExisting(db));
    return new Served(store, readers, ledger, WebServer.start(store, ledger, options, analysis, readers));
  }

  static WebOptions readOnly() {
    return WebOptions.local(0);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return RecordJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    ledger.close();
    readers.forEach(Store::close);
    store.close();
  }
}
