package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalTimeCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void missingDirectoryIsAUsageError() {
    assertEquals(2, run("eval", "time", "--no-reference", "/no/such/dir"));
    assertTrue(err.toString().startsWith("sitrep: not a directory"), err.toString());
  }

  @Test
  void directoryWithoutTimeMlFailsWithOneLine(@TempDir Path dir) {
    assertEquals(1, run("eval", "time", "--no-reference", dir.toString()));
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void jsonHasSnakeCaseFiguresAndVerboseListsMisses(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("a.tml"),
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
            + " value=\"2025-04-29\">x</TIMEX3></DCT><TEXT>Troops left <TIMEX3 tid=\"t1\""
            + " type=\"DATE\" value=\"2025-04-28\">Monday</TIMEX3> for <TIMEX3 tid=\"t2\""
            + " type=\"DURATION\" value=\"P1W\">a spell</TIMEX3>.</TEXT></TimeML>",
        StandardCharsets.UTF_8);
    assertEquals(0, run("eval", "time", "--no-reference", "--json", "--verbose", dir.toString()));
    String s = out.toString();
    assertTrue(s.contains("\"value_f1\" : 0.6667"), s);
    assertTrue(s.contains("\"extent_f1_relaxed\""), s);
    assertTrue(s.contains("miss: gold \\\"a spell\\\""), s);
    assertTrue(s.trim().startsWith("{"), s);
  }
}
