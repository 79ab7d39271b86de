package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A forward proxy on 127.0.0.1 that the guarded fetcher's HTTP client goes through, so that the
 * address a fetch connects to is the very address the {@link AddressGuard} checked: the proxy
 * resolves the host once, refuses it when the guard does, and connects to that address. A DNS
 * server that answers one address to the check and another to the connection (DNS rebinding)
 * gets nowhere.
 *
 * <p>https goes through a CONNECT tunnel, so TLS, the server name and the certificate check stay
 * end to end between the client and the site. Plain http arrives in absolute form; the proxy sends
 * it on in origin form with {@code Connection: close}, one request per connection.
 */
final class GuardedProxy {
  /** Answer header by which the proxy's own refusal or failure reaches the fetcher on plain http. */
  static final String PROBLEM_HEADER = "Sitrep-Proxy-Problem";
  /** The longest request head the proxy reads: the client's own request line and headers. */
  private static final int MAX_HEAD = 64 * 1024;

  /** How long the proxy waits to reach a site; the fetcher's own timeouts bound the whole fetch. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  /** How long a connection may sit idle before the proxy drops it. */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
  /** One proxy per guard and JVM: the web server's fetches all share the public-only one. */
  private static final Map<AddressGuard, GuardedProxy> RUNNING = new ConcurrentHashMap<>();

  private final AddressGuard guard;
  private final ServerSocket server;

  private GuardedProxy(AddressGuard guard) throws IOException {
    this.guard = guard;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(this::accept, "sitrep-fetch-proxy").start();
  }

  /** The running proxy for a guard, started on first use. */
  static GuardedProxy of(AddressGuard guard) {
    return RUNNING.computeIfAbsent(guard, g -> {
      try {
        return new GuardedProxy(g);
      } catch (IOException e) {
        throw new InputException("cannot start the address guard's local proxy: " + Inputs.oneLine(e));
      }
    });
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        daemon(() -> serve(client), "sitrep-fetch-proxy-connection").start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
      InputStream in = client.getInputStream();
      String head = readHead(in);
      if (head == null) return;
      int lineEnd = head.indexOf("\r\n");
      String[] request = head.substring(0, lineEnd).split(" ");
      if (request.length != 3) {
        answer(client, 400, "malformed request line");
        return;
      }
      if (request[0].equals("CONNECT")) tunnel(client, in, request[1]);
      else forward(client, in, request, head.substring(lineEnd + 2));
    } catch (IOException e) {
      // the client or the site went away: the fetcher reports its own side
    }
  }

  private void tunnel(Socket client, InputStream in, String authority) throws IOException {
    int colon = authority.lastIndexOf(':');
    String host = authority.substring(0, Math.max(colon, 0));
    int port = colon < 0 ? -1 : parsePort(authority.substring(colon + 1));
    if (host.isEmpty() || port < 0) {
      answer(client, 400, "malformed CONNECT target");
      return;
    }
    try (Socket site = connect(client, host, port, "https://" + authority)) {
      if (site == null) return;
      client.getOutputStream().write(
          "HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      client.getOutputStream().flush();
      pipe(in, client, site);
    }
  }

  private void forward(Socket client, InputStream in, String[] request, String headers)
      throws IOException {
    URI uri;
    try {
      uri = URI.create(request[1]);
    } catch (IllegalArgumentException e) {
      answer(client, 400, "malformed URL");
      return;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      answer(client, 400, "only absolute http URLs are proxied");
      return;
    }
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    try (Socket site = connect(client, uri.getHost(), port, request[1])) {
      if (site == null) return;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
      StringBuilder out = new StringBuilder(request[0] + " " + path + " " + request[2] + "\r\n");
      for (String line : headers.split("\r\n")) {
        String name = line.contains(":") ? line.substring(0, line.indexOf(':')).strip() : "";
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && !lower.equals("connection") && !lower.equals("proxy-connection")) {
          out.append(line).append("\r\n");
        }
      }
      out.append("Connection: close\r\n\r\n");
      site.getOutputStream().write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
      site.getOutputStream().flush();
      pipe(in, client, site);
    }
  }

  /**
   * A socket to the one address the guard allowed, or null after answering the client when the
   * guard refuses the host or the site cannot be reached.
   */
  private Socket connect(Socket client, String host, int port, String url) throws IOException {
    InetAddress address;
    try {
      address = guard.allowedAddress(host, url);
    } catch (InputException e) {
      answer(client, 403, e.getMessage());
      return null;
    }
    Socket site = new Socket();
    try {
      site.connect(new InetSocketAddress(address, port), (int) CONNECT_TIMEOUT.toMillis());
      site.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
      return site;
    } catch (IOException e) {
      site.close();
      answer(client, 502, "cannot connect to " + host + ": " + Inputs.oneLine(e));
      return null;
    }
  }

  /** Copies the site's bytes to the client and the client's to the site until either side ends. */
  private static void pipe(InputStream fromClient, Socket client, Socket site) throws IOException {
    Thread up = daemon(() -> {
      try {
        fromClient.transferTo(site.getOutputStream());
      } catch (IOException e) {
        // the other direction notices and closes both
      } finally {
        closeQuietly(site);
      }
    }, "sitrep-fetch-proxy-up");
    up.start();
    try {
      site.getInputStream().transferTo(client.getOutputStream());
    } finally {
      closeQuietly(site);
      closeQuietly(client);
    }
  }

  /** The request line and headers up to the blank line, or null when the client sent nothing. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) return null;
      if (head.size() >= MAX_HEAD) throw new IOException("request head over " + MAX_HEAD + " bytes");
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static void answer(Socket client, int status, String message) throws IOException {
    String oneLine = message.replaceAll("[\\r\\n]+", " ");
    String reason = status == 400 ? "Bad Request" : status == 403 ? "Forbidden" : "Bad Gateway";
    String response = "HTTP/1.1 " + status + " " + reason
        + "\r\n" + PROBLEM_HEADER + ": " + oneLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    OutputStream out = client.getOutputStream();
    out.write(response.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      return port > 0 && port < 65536 ? port : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Thread daemon(Runnable body, String name) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
