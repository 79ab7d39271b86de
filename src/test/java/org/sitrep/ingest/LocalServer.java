package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 and a free port, for fetch tests: one canned response per
 * path, one connection per request. (com.sun.net.httpserver is banned by forbiddenapis.)
 */
final class LocalServer implements AutoCloseable {
  /**
   * A canned response; {@code delayMillis} is waited before the headers are sent,
   * {@code bodyDelayMillis} between the headers and the body.
   */
  record Response(int status, Map<String, String> headers, byte[] body, long delayMillis,
      long bodyDelayMillis) {
    Response(int status, Map<String, String> headers, byte[] body, long delayMillis) {
      this(status, headers, body, delayMillis, 0);
    }
  }

  private final ServerSocket socket;
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
  private final Thread acceptor;

  LocalServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "local-http");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  void route(String path, Response response) {
    routes.put(path, response);
  }

  /** A request header of the last request, lower-cased name. */
  String lastHeader(String name) {
    return lastHeaders.get(name);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread t = new Thread(() -> serve(client), "local-http-client");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      BufferedReader in = new BufferedReader(
          new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) return;
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          lastHeaders.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).strip());
        }
      }
      String path = requestLine.split(" ")[1];
      Response r = routes.getOrDefault(path, new Response(404, Map.of(), new byte[0], 0));
      if (r.delayMillis() > 0) Thread.sleep(r.delayMillis());
      write(client.getOutputStream(), r);
      if (r.bodyDelayMillis() > 0) Thread.sleep(r.bodyDelayMillis());
      client.getOutputStream().write(r.body());
    } catch (IOException e) {
      // the client went away (a timeout test): nothing to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void write(OutputStream out, Response r) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + r.status() + " X\r\n");
    r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(r.body().length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
