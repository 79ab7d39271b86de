package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine;

/**
 * Bad input to {@code sitrep analyze}: a one-line message or a rejected record, exit 1 or 2, never
 * a stack trace, and never the models loaded for nothing.
 */
class AnalyzeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private void assertOneLineError(int code, int expected) {
    assertEquals(expected, code, err.toString());
    String e = err.toString().strip();
    assertTrue(e.startsWith("sitrep: "), e);
    assertFalse(e.contains("\tat "), "no stack trace: " + e);
    assertFalse(e.contains("Exception"), "no exception names: " + e);
  }

  @Test
  void missingFileIsAOneLineFailure() {
    assertOneLineError(run("analyze", dir.resolve("nope.txt").toString()), Errors.FAILURE);
    assertTrue(err.toString().contains("nope.txt"));
  }

  @Test
  void directoryWithoutArticlesIsAOneLineFailure() throws IOException {
    Files.writeString(dir.resolve("notes.csv"), "a,b\n");
    assertOneLineError(run("analyze", dir.toString()), Errors.FAILURE);
  }

  @Test
  void emptyFileIsRejectedWithAReason() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertOneLineError(run("analyze", empty.toString()), Errors.FAILURE);
    assertTrue(err.toString().contains("rejected"), err.toString());
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
    Path bin = Files.write(dir.resolve("image.txt"), bytes);
    assertOneLineError(run("analyze", bin.toString()), Errors.FAILURE);
    assertTrue(err.toString().contains("rejected"), err.toString());
  }

  @Test
  void invalidUtf8GetsAnOutcomeNotACrash() throws IOException {
    byte[] bytes = "Troops crossed the border at dawn, officials said.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    Path file = Files.write(dir.resolve("bad.txt"), bad);
    int code = run("analyze", "--json", file.toString());
    assertTrue(code == 0 || code == Errors.FAILURE, "exit " + code);
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void fiftyMegabyteFileIsRejectedAsTooLarge() throws IOException {
    Path big = dir.resolve("big.txt");
    try (OutputStream o = Files.newOutputStream(big)) {
      byte[] line = "Shelling continued through the night in the eastern districts.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) o.write(line);
    }
    assertOneLineError(run("analyze", big.toString()), Errors.FAILURE);
    assertTrue(err.toString().contains("too large"), err.toString());
  }

  @Test
  void nonEnglishTextIsRejected() throws IOException {
    Path de = Files.writeString(dir.resolve("de.txt"), "Die Truppen haben in der Nacht die Grenze "
        + "überschritten, wie das Ministerium am Montag mitteilte. Nach Angaben der Behörden wurden "
        + "dabei mehrere Dörfer beschossen und die Bewohner mussten in die Stadt fliehen.\n");
    assertOneLineError(run("analyze", de.toString()), Errors.FAILURE);
    assertTrue(err.toString().contains("not English"), err.toString());
  }

  @Test
  void badDateIsAUsageError() {
    assertEquals(Errors.USAGE, run("analyze", "--date", "29/04/2025", "x.txt"));
    assertTrue(err.toString().contains("--date"), err.toString());
  }

  @Test
  void jsonAndJsonlTogetherIsAUsageError() {
    assertEquals(Errors.USAGE, run("analyze", "--json", "--jsonl", "x.txt"));
  }

  @Test
  void rejectedInputsNeverLoadTheModels() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    int before = CoreNlpAnnotator.loads();
    run("analyze", empty.toString());
    assertEquals(before, CoreNlpAnnotator.loads());
  }
}
