package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthCountsTest {

  /** "in October at least 115 were killed" as the parser hangs it: word/head/relation. */
  private static List<String> words(String count) {
    return List.of("in", "October", "at", "least", count, "were", "killed", ".");
  }

  private static List<Dependency> parse() {
    return new ArrayList<>(List.of(new Dependency(1, 0, "case"), new Dependency(6, 1, "obl"),
        new Dependency(3, 2, "case"), new Dependency(4, 3, "obl:npmod"), new Dependency(1, 4, "nummod"),
        new Dependency(6, 5, "aux:pass"), new Dependency(-1, 6, "root"), new Dependency(6, 7, "punct")));
  }

  @Test
  void aCountTakenForTheDayOfAMonthIsTheSubjectOfTheVerbTheMonthDates() {
    for (String count : List.of("115", "2,000", "40")) {
      Dependency d = headOf(MonthCounts.rehang(words(count), parse()), 4);

      assertEquals(6, d.governor(), count);
      assertEquals("nsubj:pass", d.relation(), count);
    }
  }

  @Test
  void aNumberThatCanBeTheDayOrTheYearStaysTheMonths() {
    assertEquals(1, headOf(MonthCounts.rehang(words("15"), parse()), 4).governor());
    assertEquals(1, headOf(MonthCounts.rehang(words("2012"), parse()), 4).governor());
  }

  @Test
  void aVerbWithASubjectKeepsIt() {
    List<Dependency> deps = parse();
    deps.add(new Dependency(6, 8, "nsubj:pass"));
    List<String> words = new ArrayList<>(words("115"));
    words.add("people");

    assertEquals(1, headOf(MonthCounts.rehang(words, deps), 4).governor());
  }

  private static Dependency headOf(List<Dependency> deps, int token) {
    return deps.stream().filter(d -> d.dependent() == token).findFirst().orElseThrow();
  }
}
