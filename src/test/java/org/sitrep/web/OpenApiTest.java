package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.record.Record;
import org.sitrep.store.Fixtures;

/** The OpenAPI document against the routes the server really has. */
class OpenApiTest {
  @TempDir static Path dir;
  static Served site;
  static JsonNode doc;
  static Record drones = Fixtures.drones();

  @BeforeAll
  static void start() {
    site = Served.start(dir, Served.readOnly(), drones);
    HttpResponse<String> r = site.get(Api.OPENAPI);
    assertEquals(200, r.statusCode());
    doc = Served.json(r);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** "GET /api/v1/articles/{id}" for every operation of the document. */
  static Set<String> documented() {
    Set<String> out = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }
    return out;
  }

  @Test
  void everyRegisteredApiRouteIsDocumentedAndNothingMore() {
    Set<String> registered = new TreeSet<>();
    for (String route : site.server.routes()) {
      if (route.substring(route.indexOf(' ') + 1).startsWith("/api")) registered.add(route);
    }
    assertEquals(documented(), registered);
  }

  @Test
  void everyDocumentedOperationAnswersWithoutA404Or405() {
    Map<String, String> ids = Map.of("{id}", drones.article().id(), "{thread}", firstThread());
    for (String op : documented()) {
      String method = op.substring(0, op.indexOf(' '));
      String path = op.substring(op.indexOf(' ') + 1);
      String actorPath = path.equals("/api/v1/actors/{id}") ? path.replace("{id}", "UKR") : path;
      for (Map.Entry<String, String> id : ids.entrySet()) actorPath = actorPath.replace(id.getKey(), id.getValue());
      String query = path.equals("/api/v1/search") ? "?q=drones" : "";
      HttpRequest.Builder b = site.request(actorPath + query);
      HttpResponse<String> r = site.send(method.equals("GET") ? b.GET().build()
          : b.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build());
      assertNotEquals(404, r.statusCode(), op + ": " + r.body());
      assertNotEquals(405, r.statusCode(), op + ": " + r.body());
      if (method.equals("GET")) assertEquals(200, r.statusCode(), op + ": " + r.body());
    }
  }

  @Test
  void theDocumentedQueryParametersAreTheOnesEachRouteTakes() {
    Map<String, Set<String>> byRoute = new TreeMap<>();
    for (ApiRoute r : Api.routes(site.server.site(), new ArticleIngest(site.server.site(), null),
        new Readers(site.store, java.util.List.of()))) {
      byRoute.put(r.method().name() + " " + r.path(), new TreeSet<>(r.params()));
    }
    for (String op : documented()) {
      String method = op.substring(0, op.indexOf(' ')).toLowerCase(Locale.ROOT);
      JsonNode operation = doc.at("/paths/" + op.substring(op.indexOf(' ') + 1).replace("~", "~0")
          .replace("/", "~1") + "/" + method);
      Set<String> params = new TreeSet<>();
      operation.path("parameters").forEach(p -> {
        JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
        if (resolved.get("in").asText().equals("query")) params.add(resolved.get("name").asText());
      });
      assertEquals(byRoute.get(op), params, op);
    }
  }

  @Test
  void theDocumentIsOpenApi3WithAProblemSchema() {
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    Set<String> required = new TreeSet<>();
    doc.at("/components/schemas/Problem/required").forEach(n -> required.add(n.asText()));
    assertEquals(Set.of("title", "status", "detail"), required);
  }

  private static String firstThread() {
    return Served.json(site.get("/api/v1/figures")).at("/items/0/id").asText();
  }
}
