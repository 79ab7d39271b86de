package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static assets: served from the classpath folder only, no listing, no way out of it. */
class StaticFilesTest {
  /** Paths that would reach the classpath folder above static/ (openapi.json, classes) if traversal worked. */
  static final List<String> ESCAPES = List.of("/static/../openapi.json", "/static/%2e%2e/openapi.json",
      "/static/%2E%2E/openapi.json", "/static/..%2fopenapi.json", "/static/%2e%2e%2fopenapi.json",
      "/static/..%5copenapi.json", "/static/.%2e/openapi.json", "/static/%252e%252e/openapi.json",
      "/static/..;/openapi.json", "/static//../openapi.json", "/static/%2e%2e/%2e%2e/web/WebServer.class",
      "/static/../../../../../../etc/passwd", "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/static/..%00/openapi.json", "/static/sitrep.css/../../openapi.json");

  @TempDir static Path dir;
  static Served site;

  @BeforeAll
  static void start() {
    site = Served.start(dir, Served.readOnly());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void servesAnAssetWithTheSecurityHeaders() {
    HttpResponse<String> css = site.get("/static/sitrep.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertEquals(WebServer.CSP, css.headers().firstValue("Content-Security-Policy").orElse(""));
  }

  @Test
  void noDirectoryListing() throws IOException {
    for (String path : List.of("/static/", "/static", "/static/.", "/static/./")) {
      String response = raw(path);
      assertFalse(response.contains("sitrep.css"), path + " lists the folder: " + response);
      assertFalse(response.startsWith("HTTP/1.1 200"), path + ": " + response);
    }
  }

  @Test
  void noPathTraversal() throws IOException {
    for (String path : ESCAPES) {
      String response = raw(path);
      assertFalse(response.startsWith("HTTP/1.1 2"), path + ": " + response);
      assertFalse(response.contains("\"openapi\""), path + " leaked the OpenAPI resource");
      assertFalse(response.contains("root:"), path + " leaked /etc/passwd");
      assertFalse(response.contains("CAFEBABE") || response.contains("\u00ca\u00fe\u00ba\u00be"), path);
    }
  }

  /** The request line exactly as written: java.net.http would refuse or normalise some of these paths. */
  private static String raw(String path) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), site.server.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
