package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGoldTest {
  @TempDir Path dir;

  private List<EventGold> load(String json) throws IOException {
    Path file = dir.resolve(EventGold.FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return EventGold.load(dir);
  }

  @Test
  void aDirectoryWithoutTheGoldFileSaysWhatItExpected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventGold.load(dir));
    assertEquals("no " + EventGold.FILE + " under " + dir + ": is this the bench/events/plover directory?",
        e.getMessage());
  }

  @Test
  void trailingCommasAreAccepted() throws IOException {
    List<EventGold> gold = load("[{\"id\": \"a\", \"event\": \"AGREE\", \"text\": \"One.\",},]");

    assertEquals(1, gold.size());
  }

  @Test
  void recordWithoutTextIsNoCase() throws IOException {
    assertTrue(load("[{\"id\": \"doc\", \"event\": \"DOCUMENT\"}]").isEmpty());
  }

  @Test
  void oldTypeNamesMapToTodaysSixteen() throws IOException {
    List<EventGold> gold = load("[{\"event\": \"DEMAND\", \"text\": \"a\"}, {\"event\": \"FIGHT\", \"text\": \"b\"},"
        + " {\"event\": \"DISAPPROVE\", \"text\": \"c\"}, {\"event\": \"INVESTIGATE\", \"text\": \"d\"}]");

    assertEquals(List.of("REQUEST", "ASSAULT", "ACCUSE", "ACCUSE"), gold.stream().map(EventGold::type).toList());
    assertEquals("FIGHT", gold.get(1).goldType());
  }

  @Test
  void cameoCountryCodesBecomeIsoAndAnEmptyTargetIsNone() throws IOException {
    EventGold g = load("[{\"event\": \"CONSULT\", \"text\": \"a\", \"source\": [{\"code\": \"JAP\"}, {\"code\": \"IGO\"}],"
        + " \"target\": \"\"}]").get(0);

    assertEquals(Set.of("JPN", "IGO"), g.sources());
    assertTrue(g.targets().isEmpty());
  }
}
