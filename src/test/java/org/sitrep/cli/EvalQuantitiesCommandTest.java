package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalQuantitiesCommandTest {

  @Test
  void missingDirectoryIsAUsageError() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("eval", "quantities", "/no/such/bench/dir", "--no-reference");
    assertEquals(2, code);
    assertTrue(err.toString().startsWith("sitrep: not a directory"), err.toString());
  }
}
