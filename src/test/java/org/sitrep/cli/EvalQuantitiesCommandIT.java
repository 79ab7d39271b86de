package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sitrep eval quantities DIR --json} on the real benchmark, when it is present. */
class EvalQuantitiesCommandIT {

  @Test
  void printsOneJsonObjectWithSnakeCaseKeys() throws Exception {
    Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "quantities");
    assumeTrue(Files.isDirectory(dir), "no benchmark at " + dir);
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("eval", "quantities", dir.toString(), "--json", "--no-reference");
    assertEquals(0, code);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    for (String key : new String[] {"number_pass_rate", "number_range_pass_rate",
        "currency_pass_rate", "dimension_pass_rate", "quantulum_value_match", "number_coverage"}) {
      assertTrue(json.path(key).isNumber(), key + " missing in " + out);
    }
    assertEquals(92.0, json.path("anchors").path("cqe_value_f1").asDouble());
  }
}
