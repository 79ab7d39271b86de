package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP/1.0 server on 127.0.0.1 and a free port, for feed and URL tests (plain sockets:
 * the JDK's com.sun.net.httpserver is outside the portable API that forbiddenapis allows).
 */
final class IngestWeb implements AutoCloseable {
  record Page(String contentType, String body) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final ServerSocket socket;
  private final Thread thread;

  IngestWeb() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "ingest-web");
    thread.setDaemon(true);
    thread.start();
  }

  void page(String path, String contentType, String body) {
    pages.put(path, new Page(contentType, body));
  }

  String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        answer(s);
      } catch (IOException e) {
        // closed, or a client went away: serve the next one
      }
    }
  }

  private void answer(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    String request = in.readLine();
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      // headers are not needed
    }
    String path = request == null ? "/" : request.split(" ")[1];
    Page page = pages.get(path);
    byte[] body = (page == null ? "not found" : page.body()).getBytes(StandardCharsets.UTF_8);
    String head = (page == null ? "HTTP/1.0 404 Not Found" : "HTTP/1.0 200 OK") + "\r\nContent-Type: "
        + (page == null ? "text/plain" : page.contentType()) + "\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n";
    OutputStream out = s.getOutputStream();
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
