package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingReportersTest {

  /** "Gunmen killed 70 people on Thursday , the office said on Friday ." as word/lemma/head/relation. */
  private static final String[] PARSE = {
    "Gunmen/gunman/1/nsubj", "killed/kill/-1/root", "70/70/3/nummod", "people/people/1/obj", "on/on/5/case",
    "Thursday/thursday/9/obl", ",/,/9/punct", "the/the/8/det", "office/office/9/nsubj", "said/say/1/parataxis",
    "on/on/11/case", "Friday/friday/9/obl", "././1/punct"};

  @Test
  void aTrailingReporterGivesTheAdverbialsBeforeItsCommaBackToItsClause() {
    List<Dependency> deps = TrailingReporters.rehang(column(0), column(1), dependencies());

    assertEquals(1, headOf(deps, 5), "Thursday dates the killing");
    assertEquals(9, headOf(deps, 11), "Friday dates the report");
    assertEquals(9, headOf(deps, 8), "the office still reports");
  }

  @Test
  void anAdverbialThatTookTheCommaIsStillBeforeIt() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(6, new Dependency(5, 6, "punct"));

    assertEquals(1, headOf(TrailingReporters.rehang(column(0), column(1), deps), 5), "Thursday dates the killing");
  }

  @Test
  void aReporterThatIsNotTrailingKeepsItsDependents() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(9, new Dependency(1, 9, "conj"));

    assertEquals(9, headOf(TrailingReporters.rehang(column(0), column(1), deps), 5));
  }

  @Test
  void aReporterTakenForTheComplementOfTheVerbBeforeItsCommaIsATrailingReporter() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(9, new Dependency(1, 9, "ccomp"));

    List<Dependency> out = TrailingReporters.rehang(column(0), column(1), deps);

    assertEquals(1, headOf(out, 5), "Thursday dates the killing");
    assertEquals("parataxis", out.stream().filter(d -> d.dependent() == 9).findFirst().orElseThrow().relation());
  }

  @Test
  void aReporterTakenForARelativeClauseWithNoPronounReportsTheClauseItsNounIsIn() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(9, new Dependency(3, 9, "acl:relcl"));

    List<Dependency> out = TrailingReporters.rehang(column(0), column(1), deps);

    assertEquals(1, headOf(out, 5), "Thursday dates the killing");
    assertEquals(1, headOf(out, 9), "the office reports the killing");
  }

  @Test
  void aComplementWithThatIsNoTrailingReporter() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(9, new Dependency(1, 9, "ccomp"));
    deps.set(7, new Dependency(9, 7, "mark"));

    assertEquals(9, headOf(TrailingReporters.rehang(column(0), column(1), deps), 5));
  }

  @Test
  void aReportersSubjectTakenForAnAppositionIsItsSubjectAgain() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(8, new Dependency(3, 8, "appos"));
    deps.set(9, new Dependency(1, 9, "dep"));

    List<Dependency> out = TrailingReporters.rehang(column(0), column(1), deps);

    assertEquals(9, headOf(out, 8), "the office reports");
    assertEquals(1, headOf(out, 5), "Thursday dates the killing");
  }

  @Test
  void anAppositionThatEndsBeforeTheReportersSubjectStaysOne() {
    List<Dependency> deps = new ArrayList<>(dependencies());
    deps.set(5, new Dependency(3, 5, "appos"));

    assertEquals(3, headOf(TrailingReporters.rehang(column(0), column(1), deps), 5));
  }

  @Test
  void aReportersSubjectTakenForTheObjectOfTheParticipleBeforeItsCommaIsItsSubjectAgain() {
    // "Gunmen stormed a base , killing 17 soldiers , an officer said ." as the parser may hang it
    List<String> words = List.of("Gunmen", "stormed", "a", "base", ",", "killing", "17", "soldiers", ",", "an",
        "officer", "said", ".");
    List<String> lemmas = List.of("gunman", "storm", "a", "base", ",", "kill", "17", "soldier", ",", "a",
        "officer", "say", ".");
    List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(1, 4, "punct"),
        new Dependency(11, 5, "dep"), new Dependency(7, 6, "nummod"), new Dependency(11, 7, "nsubj"),
        new Dependency(7, 8, "punct"), new Dependency(10, 9, "det"), new Dependency(7, 10, "appos"),
        new Dependency(1, 11, "parataxis"), new Dependency(1, 12, "punct"));

    List<Dependency> out = TrailingReporters.rehang(words, lemmas, deps);

    assertEquals(11, headOf(out, 10), "the officer reports");
    assertEquals(5, headOf(out, 7), "the soldiers are killed");
    assertEquals(1, headOf(out, 5), "the killing is the storming's");
  }

  private static List<String> column(int k) {
    List<String> out = new ArrayList<>();
    for (String t : PARSE) out.add(t.split("/")[k]);
    return out;
  }

  private static List<Dependency> dependencies() {
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < PARSE.length; i++) {
      String[] f = PARSE[i].split("/");
      deps.add(new Dependency(Integer.parseInt(f[2]), i, f[3]));
    }
    return deps;
  }

  private static int headOf(List<Dependency> deps, int token) {
    return deps.stream().filter(d -> d.dependent() == token).findFirst().orElseThrow().governor();
  }
}
