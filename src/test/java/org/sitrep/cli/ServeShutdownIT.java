package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;

/**
 * {@code sitrep serve} as a separate JVM, stopped by a signal (what Ctrl-C does): the shutdown hook
 * stops the server and closes every connection, so SQLite folds its write-ahead log back in.
 */
class ServeShutdownIT {
  private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  @Test
  void aSignalStopsTheServerAndClosesTheStore() throws Exception {
    Path db = dir.resolve("s.db");
    try (Store store = Store.open(db.toString())) {
      store.put(Fixtures.drones(), "t");
    }
    Path err = dir.resolve("serve.err");
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "serve",
        "--db", db.toString(), "--port", "0"))
        .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      int port = awaitPort(err, p);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(Files.exists(Path.of(db + "-wal")), "the running server holds the store open");
      p.destroy(); // SIGTERM: the same shutdown hook as Ctrl-C's SIGINT
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server did not stop");
      String log = Files.readString(err, StandardCharsets.UTF_8);
      assertTrue(log.strip().endsWith("sitrep: stopped"), log);
      assertFalse(log.contains("\tat "), log);
      assertFalse(Files.exists(Path.of(db + "-wal")), "every connection closed: the log was checkpointed away");
    } finally {
      p.destroyForcibly();
    }
  }

  private static int awaitPort(Path err, Process p) throws Exception {
    for (int i = 0; i < 1200; i++) {
      String log = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
      Matcher m = SERVING.matcher(log);
      if (m.find()) return Integer.parseInt(m.group(1));
      if (!p.isAlive()) throw new AssertionError("serve exited: " + log);
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start in 120 s");
  }
}
