package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarded fetcher connects where its guard looked: "news.test" exists only in the guards'
 * resolvers below, so a fetch that succeeds went through the proxy's own look-up.
 */
class GuardedProxyTest {
  private static final byte[] PAGE = "<p>Hello</p>".getBytes(StandardCharsets.UTF_8);
  private LocalServer server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
    server.route("/page", new LocalServer.Response(200, Map.of("Content-Type", "text/html"), PAGE, 0));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private static AddressGuard onlyLoopback(AddressGuard.Resolver resolver) {
    return new AddressGuard(a -> a.getHostAddress().equals("127.0.0.1"), resolver);
  }

  private static AddressGuard.Resolver newsTest(String... answers) {
    AtomicInteger calls = new AtomicInteger();
    return host -> {
      if (!host.equals("news.test")) throw new UnknownHostException(host);
      String answer = answers[Math.min(calls.getAndIncrement(), answers.length - 1)];
      return new InetAddress[] {InetAddress.getByName(answer)};
    };
  }

  private static Fetcher fetcher(AddressGuard guard) {
    return new Fetcher(InputOptions.defaults(), Fetcher::isPage, "text/html", "HTML", guard);
  }

  @Test
  void aGuardedFetchConnectsToTheAddressItsGuardResolved() {
    Input in = fetcher(onlyLoopback(newsTest("127.0.0.1"))).fetchOrFail("http://news.test:" + port + "/page");
    assertNull(in.problem());
    assertEquals("<p>Hello</p>", new String(in.bytes(), StandardCharsets.UTF_8));
    assertEquals("news.test:" + port, server.lastHeader("host"));
    assertEquals("close", server.lastHeader("connection"));
  }

  @Test
  void aHostThatChangesItsAddressAfterTheCheckIsRefused() {
    // the fetcher's check sees 127.0.0.1; the look-up for the connection gets 127.0.0.2
    Fetcher rebound = fetcher(onlyLoopback(newsTest("127.0.0.1", "127.0.0.2")));
    Input in = rebound.fetchOrFail("http://news.test:" + port + "/page");
    assertTrue(in.problem().startsWith("cannot fetch http://news.test:" + port + "/page: refused: news.test"),
        in.problem());
    assertNull(server.lastHeader("host"), "the server must not have been contacted");
  }

  @Test
  void aTunnelReachesOnlyTheCheckedAddress() throws IOException {
    GuardedProxy proxy = GuardedProxy.of(onlyLoopback(newsTest("127.0.0.1")));
    try (Socket s = new Socket(proxy.address().getAddress(), proxy.address().getPort())) {
      OutputStream out = s.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      out.write(("CONNECT news.test:" + port + " HTTP/1.1\r\nHost: news.test:" + port + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      assertEquals("HTTP/1.1 200 Connection Established", in.readLine());
      assertEquals("", in.readLine());
      out.write(("GET /page HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      assertTrue(in.readLine().startsWith("HTTP/1.1 200 "), "the site answered through the tunnel");
    }
  }

  @Test
  void aTunnelToARefusedAddressIsAnsweredWithTheReason() throws IOException {
    GuardedProxy proxy = GuardedProxy.of(onlyLoopback(newsTest("10.0.0.1")));
    try (Socket s = new Socket(proxy.address().getAddress(), proxy.address().getPort())) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
      s.getOutputStream().write("CONNECT news.test:443 HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      assertEquals("HTTP/1.1 403 Forbidden", in.readLine());
      String header = in.readLine();
      assertTrue(header.startsWith(GuardedProxy.PROBLEM_HEADER + ": cannot fetch https://news.test:443: refused"), header);
    }
    assertNull(server.lastHeader("host"));
  }
}
