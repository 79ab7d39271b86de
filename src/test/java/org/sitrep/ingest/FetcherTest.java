package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a local server on 127.0.0.1, port 0: never the internet. */
class FetcherTest {
  private static final String PAGE = "<html><body><p>Hello</p></body></html>";
  private HttpServer server;
  private String base;
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final Fetcher fetcher = new Fetcher(InputOptions.defaults().withMaxBytes(64 * 1024)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500)));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", x -> {
      userAgent.set(x.getRequestHeaders().getFirst("User-Agent"));
      send(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/missing", x -> send(x, 404, "text/html", new byte[0]));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/moved", x -> redirect(x, "/page"));
    server.createContext("/big", x -> send(x, 200, "text/html", new byte[200 * 1024]));
    server.createContext("/image", x -> send(x, 200, "image/png", new byte[16]));
    server.createContext("/slow", x -> {
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  @Test
  void fetchesAPageWithItsContentTypeAndUserAgent() {
    Input in = fetcher.fetchOrFail(base + "/page");
    assertNull(in.problem());
    assertEquals(PAGE, new String(in.bytes(), StandardCharsets.UTF_8));
    assertEquals("text/html; charset=utf-8", in.contentType());
    assertEquals(InputOptions.USER_AGENT, userAgent.get());
  }

  @Test
  void followsARedirect() {
    Input in = fetcher.fetchOrFail(base + "/moved");
    assertNull(in.problem());
    assertEquals(base + "/page", in.url());
  }

  @Test
  void notFound() {
    assertProblem("/missing", "HTTP 404");
  }

  @Test
  void redirectLoop() {
    assertProblem("/loop", "more than 5 redirects");
  }

  @Test
  void tooBig() {
    assertProblem("/big", "too large");
  }

  @Test
  void wrongContentType() {
    assertProblem("/image", "not HTML (content type image/png)");
  }

  @Test
  void timeout() {
    assertProblem("/slow", "timed out");
  }

  @Test
  void onlyHttpAndHttps() {
    Input in = fetcher.fetchOrFail("ftp://127.0.0.1/file");
    assertTrue(in.problem().contains("only http and https"), in.problem());
  }

  @Test
  void connectionRefused() throws IOException {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Input in = fetcher.fetchOrFail("http://127.0.0.1:" + port + "/x");
    assertTrue(in.problem().startsWith("cannot fetch http://127.0.0.1:" + port + "/x: "), in.problem());
  }

  private void assertProblem(String path, String expected) {
    Input in = fetcher.fetchOrFail(base + path);
    String problem = in.problem();
    assertTrue(problem != null && problem.startsWith("cannot fetch " + base + path + ": "), problem);
    assertTrue(problem.contains(expected), problem);
    assertTrue(!problem.contains("\n"), problem);
  }
}
