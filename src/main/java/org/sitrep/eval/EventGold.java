package org.sitrep.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One sentence of the PLOVER gold standard (PLOVER_GSR_CAMEO.txt, a JSON list with trailing
 * commas): its text, its type mapped to today's 16 PLOVER types, and the countries of its source
 * and target actors. Records without text (the DOCUMENT header) are not cases.
 */
record EventGold(String id, String text, String type, String goldType, String mode,
    Set<String> sources, Set<String> targets) {
  static final String FILE = "gold_standard_records/PLOVER_GSR_CAMEO.txt";

  /**
   * The file predates the 16-type PLOVER of POLECAT: DEMAND became REQUEST, DISAPPROVE and
   * INVESTIGATE became modes of ACCUSE, FIGHT merged into ASSAULT.
   */
  private static final Map<String, String> RENAMED = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** CAMEO's own country codes that differ from ISO 3166 alpha-3. */
  private static final Map<String, String> CAMEO_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  static List<EventGold> load(Path dir) throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no " + FILE + " under " + dir + ": is this the bench/events/plover directory?");
    }
    JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (!root.isArray()) throw new IOException(FILE + ": expected a JSON list");
    List<EventGold> out = new ArrayList<>();
    for (JsonNode r : root) {
      String text = r.path("text").asText("");
      String event = r.path("event").asText("");
      if (text.isBlank() || event.isBlank()) continue;
      String gold = event.toUpperCase(Locale.ROOT);
      out.add(new EventGold(r.path("id").asText(""), text, RENAMED.getOrDefault(gold, gold), gold,
          r.path("mode").asText(""), codes(r.path("source")), codes(r.path("target"))));
    }
    return out;
  }

  /** The country codes of an actor list; an empty string or a missing field is no actor. */
  private static Set<String> codes(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    if (!list.isArray()) return out;
    for (JsonNode a : list) {
      String code = a.path("code").asText("").trim().toUpperCase(Locale.ROOT);
      if (!code.isEmpty()) out.add(CAMEO_CODES.getOrDefault(code, code));
    }
    return out;
  }
}
