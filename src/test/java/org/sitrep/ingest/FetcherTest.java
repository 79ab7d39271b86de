package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a local server on 127.0.0.1, port 0: never the internet. */
class FetcherTest {
  private static final String PAGE = "<html><body><p>Hello</p></body></html>";
  private static final byte[] PAGE_BYTES = PAGE.getBytes(StandardCharsets.UTF_8);
  private LocalServer server;
  private String base;
  private final Fetcher fetcher = new Fetcher(InputOptions.defaults().withMaxBytes(64 * 1024)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500)));

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    base = server.base();
    Map<String, String> html = Map.of("Content-Type", "text/html; charset=utf-8");
    server.route("/page", new LocalServer.Response(200, html, PAGE_BYTES, 0));
    server.route("/loop", new LocalServer.Response(302, Map.of("Location", "/loop"), new byte[0], 0));
    server.route("/moved", new LocalServer.Response(301, Map.of("Location", "/page"), new byte[0], 0));
    server.route("/big", new LocalServer.Response(200, html, new byte[200 * 1024], 0));
    server.route("/image",
        new LocalServer.Response(200, Map.of("Content-Type", "image/png"), new byte[16], 0));
    server.route("/slow", new LocalServer.Response(200, html, PAGE_BYTES, 4000));
    server.route("/trickle", new LocalServer.Response(200, html, PAGE_BYTES, 0, 4000));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void fetchesAPageWithItsContentTypeAndUserAgent() {
    Input in = fetcher.fetchOrFail(base + "/page");
    assertNull(in.problem());
    assertEquals(PAGE, new String(in.bytes(), StandardCharsets.UTF_8));
    assertEquals("text/html; charset=utf-8", in.contentType());
    assertEquals(InputOptions.USER_AGENT, server.lastHeader("user-agent"));
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
  void bodyThatNeverComesTimesOut() {
    assertProblem("/trickle", "timed out");
  }

  @Test
  void onlyHttpAndHttps() {
    Input in = fetcher.fetchOrFail("ftp://127.0.0.1/file");
    assertTrue(in.problem().contains("only http and https"), in.problem());
  }

  @Test
  void connectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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

  @Test
  void publicOnlyRefusesLoopbackBeforeConnecting() {
    Fetcher guarded = new Fetcher(InputOptions.defaults().publicAddressesOnly());
    Input in = guarded.fetchOrFail(base + "/page");
    assertTrue(in.problem().contains("refused: 127.0.0.1 is a loopback, private"), in.problem());
    assertNull(server.lastHeader("user-agent"), "the server must not have been contacted");
  }

  @Test
  void theGuardIsCheckedAgainAfterARedirect() {
    String elsewhere = base.replace("127.0.0.1", "127.0.0.2") + "/page";
    server.route("/away", new LocalServer.Response(302, Map.of("Location", elsewhere), new byte[0], 0));
    AddressGuard onlyFirst = new AddressGuard(a -> a.getHostAddress().equals("127.0.0.1"),
        InetAddress::getAllByName);
    Fetcher guarded = new Fetcher(InputOptions.defaults(), Fetcher::isPage, "text/html", "HTML", onlyFirst);
    assertNull(guarded.fetchOrFail(base + "/page").problem());
    Input in = guarded.fetchOrFail(base + "/away");
    assertTrue(in.problem().startsWith("cannot fetch " + base + "/away: refused: 127.0.0.2"), in.problem());
  }
}
