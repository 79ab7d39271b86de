package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the benchmark files: Microsoft Recognizers-Text English specs ({@code
 * recognizers-text/Specs/.../English/<Model>.json}, UTF-8 with a BOM, inclusive end offsets) and
 * quantulum3's {@code quantities.json}.
 */
final class QuantitySpecs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuantitySpecs() {}

  /** The English spec file of a Recognizers-Text model ("NumberModel") under {@code dir}. */
  static Path recognizers(Path dir, String model) {
    Path specs = dir.resolve("recognizers-text").resolve("Specs");
    if (!Files.isDirectory(specs)) {
      throw new IllegalArgumentException(
          "no recognizers-text/Specs under " + dir + ": is this the bench/quantities directory?");
    }
    try (Stream<Path> files = Files.walk(specs)) {
      return files.filter(p -> p.getFileName().toString().equals(model + ".json"))
          .filter(p -> p.getParent().getFileName().toString().equals("English"))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "no English/" + model + ".json under " + specs + ": is this the bench/quantities directory?"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + specs + ": " + e.getMessage(), e);
    }
  }

  static List<QuantityCase> loadRecognizers(Path file) {
    List<QuantityCase> cases = new ArrayList<>();
    for (JsonNode c : read(file)) {
      List<QuantityCase.Expected> results = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        JsonNode res = r.path("Resolution");
        results.add(new QuantityCase.Expected(r.path("Text").asText(), r.path("Start").asInt(),
            r.path("End").asInt() + 1, text(res, "value"), text(res, "unit"),
            text(res, "subtype"), 0));
      }
      cases.add(new QuantityCase(c.path("Input").asText(), results));
    }
    return cases;
  }

  /** quantulum3: surfaces are located in the sentence left to right, -1 when absent. */
  static List<QuantityCase> loadQuantulum(Path dir) {
    List<QuantityCase> cases = new ArrayList<>();
    for (JsonNode c : read(dir.resolve("quantulum3").resolve("quantities.json"))) {
      String req = c.path("req").asText();
      List<QuantityCase.Expected> results = new ArrayList<>();
      int from = 0;
      for (JsonNode r : c.path("res")) {
        String surface = r.path("surface").asText();
        int at = req.indexOf(surface, from);
        if (at < 0) at = req.indexOf(surface);
        if (at >= 0) from = at + surface.length();
        results.add(new QuantityCase.Expected(surface, at, at < 0 ? -1 : at + surface.length(),
            r.path("value").asText(), text(r, "unit"), null, r.path("uncertainty").asDouble(0)));
      }
      cases.add(new QuantityCase(req, results));
    }
    return cases;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static JsonNode read(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      if (s.startsWith("\uFEFF")) s = s.substring(1);
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
