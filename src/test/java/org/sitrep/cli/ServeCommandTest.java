package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Fixtures;
import org.sitrep.store.Store;
import picocli.CommandLine;

/** The start-up failures of {@code sitrep serve}: one line, the right exit code, no stack trace. */
class ServeCommandTest {
  @TempDir Path dir;

  record Run(int code, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return new Run(cl.execute(args), err.toString());
  }

  @Test
  void aMissingStoreIsAOneLineFailure() {
    Run r = run("serve", "--db", dir.resolve("none.db").toString(), "--port", "0");
    assertEquals(Errors.FAILURE, r.code());
    assertTrue(r.err().startsWith("sitrep: no database at "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void aPortInUseIsAOneLineFailureAndTheStoreIsClosed() throws IOException {
    String db = dir.resolve("s.db").toString();
    try (Store store = Store.open(db)) {
      store.put(Fixtures.gaza(), "t");
    }
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run r = run("serve", "--db", db, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(Errors.FAILURE, r.code());
      String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
      assertEquals("sitrep: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use or the"
          + " address is not on this machine; choose another with --port or --host", last);
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }

  @Test
  void aBadPortIsAUsageError() {
    Run r = run("serve", "--port", "70000");
    assertEquals(Errors.USAGE, r.code());
    assertTrue(r.err().startsWith("sitrep: --port must be 0 to 65535"), r.err());
  }
}
