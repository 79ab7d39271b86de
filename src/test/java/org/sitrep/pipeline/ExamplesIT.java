package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.Input;
import org.sitrep.record.Claim;
import org.sitrep.record.Event;
import org.sitrep.record.Quote;
import org.sitrep.record.Record;
import org.sitrep.record.RecordJson;

/**
 * The bundled examples through the real models: each record must equal its golden file
 * (examples/NAME.expected.json), and the reference story must carry what a user looks for first.
 * Run with -Dsitrep.updateGolden=true to rewrite the golden files after a deliberate change.
 */
class ExamplesIT {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Pipeline PIPELINE = Pipeline.standard(PipelineOptions.defaults());

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void recordEqualsItsGoldenFile(Path example) throws IOException {
    String name = example.getFileName().toString().replaceFirst("\\.[a-z.]+$", "");
    Path golden = EXAMPLES.resolve(name + ".expected.json");
    String actual = RecordJson.toPrettyJson(analyze(example)) + "\n";
    if (Boolean.getBoolean("sitrep.updateGolden")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertTrue(Files.exists(golden), "missing golden file " + golden + "; run with -Dsitrep.updateGolden=true");
    JsonNode expected = RecordJson.mapper().readTree(Files.readString(golden, StandardCharsets.UTF_8));
    assertEquals(expected, RecordJson.mapper().readTree(actual), "record differs from " + golden);
  }

  @Test
  void referenceStoryHasItsFiguresWithClaimants() throws IOException {
    Record r = analyze(EXAMPLES.resolve("north-korea-troops-kursk.txt"));
    Claim western = claim(r, c -> c.low() == 10000 && c.high() == 12000);
    assertEquals("troops", western.measure());
    assertTrue(western.source().text().contains("Western intelligence"), western.source().text());
    assertTrue(western.hedged());
    assertEquals("2024-FA", western.time().value());
    Claim casualties = claim(r, c -> c.low() == 4000);
    assertEquals("casualties", casualties.measure());
    assertEquals("approximate", casualties.qualifier());
    assertEquals("KOR", casualties.source().actor());
    assertEquals("PRK", casualties.subject().actor());
    Claim reinforcements = claim(r, c -> c.low() == 3000);
    assertEquals("increment", reinforcements.kind());
    assertEquals("KOR", countryOf(r, reinforcements.source().actor()), "Seoul's spy agency is South Korea's");
  }

  @Test
  void referenceStoryQuotesHaveTheirSpeakers() throws IOException {
    Record r = analyze(EXAMPLES.resolve("north-korea-troops-kursk.txt"));
    assertEquals("us-state-department", quote(r, "must end").speaker().actor());
    assertEquals("kor-foreign-ministry", quote(r, "strongly condemn").speaker().actor());
    assertEquals("kim-jong-un", quote(r, "with honour").speaker().actor());
  }

  @Test
  void referenceStoryHasItsEvents() throws IOException {
    Record r = analyze(EXAMPLES.resolve("north-korea-troops-kursk.txt"));
    Event deploy = event(r, e -> e.type().equals("MOBILIZE") && e.actors().contains("PRK"));
    assertTrue(deploy.recipients().contains("RUS") || deploy.place() != null, deploy.toString());
    event(r, e -> e.type().equals("AGREE") && e.actors().containsAll(List.of("PRK", "RUS")));
    event(r, e -> e.type().equals("REQUEST") && e.actors().contains("us-state-department"));
    event(r, e -> e.type().equals("ACCUSE") && e.actors().contains("kor-foreign-ministry"));
    event(r, e -> e.type().equals("REQUEST") && e.actors().contains("kor-unification-ministry"));
  }

  private static String countryOf(Record r, String actorId) {
    return r.actors().stream().filter(a -> a.id().equals(actorId)).map(a -> a.country()).findFirst().orElse(null);
  }

  private static Record analyze(Path file) throws IOException {
    Record r = PIPELINE.analyze(new Input(file.toString(), null, Files.readAllBytes(file), null));
    assertEquals("analyzed", r.article().outcome(), () -> file + ": " + r.article().reason());
    return r;
  }

  private static Claim claim(Record r, Predicate<Claim> p) {
    return r.claims().stream().filter(c -> c.low() != null && p.test(c)).findFirst()
        .orElseThrow(() -> new AssertionError("no such figure among " + r.claims()));
  }

  private static Quote quote(Record r, String words) {
    Quote q = r.quotes().stream().filter(x -> x.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' among " + r.quotes()));
    assertNotNull(q.speaker(), "no speaker for " + q);
    return q;
  }

  private static Event event(Record r, Predicate<Event> p) {
    return r.events().stream().filter(p).findFirst()
        .orElseThrow(() -> new AssertionError("no such event among " + r.events()));
  }
}
