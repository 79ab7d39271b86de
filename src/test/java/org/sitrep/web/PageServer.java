package org.sitrep.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for URL-ingest tests: every path gets the same HTML page,
 * except {@code /redirect}, which sends the client to {@code location}. Counts requests.
 */
final class PageServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] page;
  private final String location;
  final AtomicInteger requests = new AtomicInteger();

  PageServer(String html, String location) throws IOException {
    this.page = html.getBytes(StandardCharsets.UTF_8);
    this.location = location;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "page-server");
    t.setDaemon(true);
    t.start();
  }

  String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        serve(client);
      } catch (IOException e) {
        // closed, or the client went away
      }
    }
  }

  private void serve(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
    String requestLine = in.readLine();
    if (requestLine == null) return;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      // headers are not needed
    }
    requests.incrementAndGet();
    boolean redirect = requestLine.split(" ")[1].equals("/redirect");
    String head = redirect
        ? "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n"
        : "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length + "\r\n";
    OutputStream out = client.getOutputStream();
    out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    if (!redirect) out.write(page);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
