package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQuotesCommandTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  @Test
  void missingDirectoryIsAUsageError() {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "eval", "quotes", dir.resolve("absent").toString()));
    assertTrue(err.toString().startsWith("sitrep: not a directory"), err::toString);
  }

  @Test
  void directoryWithoutTextsFailsWithOneLine() {
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, "eval", "quotes", "--no-reference", dir.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err::toString);
    assertTrue(err.toString().contains("no text/ directory"), err::toString);
  }
}
