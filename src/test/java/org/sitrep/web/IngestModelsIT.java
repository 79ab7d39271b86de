package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.figures.Ledger;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.Store;

/** POST /api/v1/articles with the real pipeline (CoreNLP models): the figure reaches the API and the ledger. */
class IngestModelsIT {
  static final String TOKEN = "it-token";
  static final String TEXT = "RIVERTON, May 6 (Testwire) - At least 14 people were killed when shells hit a market"
      + " in the river town of Riverton on Tuesday, the regional governor said. \"The market was full of"
      + " families,\" the governor told reporters. Rescue teams were still searching the rubble late in the"
      + " evening, and officials said the number of dead could rise.";

  @TempDir Path dir;

  @Test
  void aPostedArticleIsAnalysedAndItsFigureIsServed() {
    String db = dir.resolve("m.db").toString();
    try (Store store = Store.open(db); Ledger ledger = Ledger.open(db)) {
      WebOptions options = WebOptions.local(0).withToken(TOKEN);
      Analysis analysis = new Analysis(() -> Pipeline.standard(PipelineOptions.defaults()), "it");
      try (WebServer server = WebServer.start(store, ledger, options, analysis, List.of())) {
        var http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> r = send(http, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/articles"))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
            .POST(BodyPublishers.ofString(TEXT)).build());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode answer = Served.json(r);
        assertTrue(answer.get("claims").asInt() >= 1, r.body());
        JsonNode claims = Served.json(send(http, java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/api/v1/claims?measure=killed")).build())).get("items");
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(14.0, claims.get(0).get("low").asDouble());
        JsonNode threads = Served.json(send(http, java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/api/v1/figures?measure=killed")).build())).get("items");
        assertEquals(1, threads.size(), "the ingest hook indexed the figure: " + threads);
      }
    }
  }

  private static HttpResponse<String> send(java.net.http.HttpClient http, java.net.http.HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(request.uri() + ": " + e, e);
    }
  }
}
