package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.time.TimeExpression;

class TimeEvalTest {
  private static final LocalDate DCT = LocalDate.of(2025, 4, 29);
  // plain text: "last week and then on Monday and in 2024."
  private static final TimeMlDocument DOC =
      TimeMlDocument.parse(
          "d.tml",
          DCT,
          "<TIMEX3 type=\"DATE\" value=\"2025-W17\">last week</TIMEX3> and then <TIMEX3"
              + " type=\"DATE\" value=\"2025-04-28\">on Monday</TIMEX3> and in <TIMEX3"
              + " type=\"DATE\" value=\"2024\">2024</TIMEX3>.");

  private static TimeExpression e(int start, int end, String type, String value) {
    return new TimeExpression(DOC.text().substring(start, end), start, end, type, value);
  }

  @Test
  void strictNeedsTheExactSpanRelaxedAnOverlap() {
    List<String> diffs = new ArrayList<>();
    TimeScore s =
        TimeEval.score(
            DOC,
            List.of(
                e(0, 9, "DATE", "2025-W17"),
                e(22, 28, "DATE", "2025-04-28"),
                e(9, 13, "DATE", "X")),
            0,
            diffs);
    assertEquals(3, s.gold());
    assertEquals(3, s.system());
    assertEquals(1, s.strict());
    assertEquals(2, s.relaxed());
    assertEquals(2, s.valueMatches());
    assertEquals(2, s.typeMatches());
    assertEquals(2, diffs.size()); // the false hit and the miss of "2024"
  }

  @Test
  void valueF1IsRelaxedF1TimesValueAccuracy() {
    TimeScore s =
        TimeEval.score(
            DOC,
            List.of(
                e(0, 9, "DATE", "2025-W17"),
                e(22, 28, "DATE", "2025-04-21"),
                e(36, 40, "DURATION", "2024")),
            0,
            new ArrayList<>());
    double relaxedF1 = TimeScore.f1(s.relaxedPrecision(), s.relaxedRecall());
    double valueF1 = TimeScore.f1(s.valuePrecision(), s.valueRecall());
    assertEquals(1.0, relaxedF1, 1e-9);
    assertEquals(relaxedF1 * s.valueAccuracy(), valueF1, 1e-9);
    assertEquals(2.0 / 3, s.typeAccuracy(), 1e-9);
  }

  @Test
  void oneSystemExpressionMatchesOneGoldAtMost() {
    TimeScore s = TimeEval.score(DOC, List.of(e(0, 28, "DATE", "2025-W17")), 0, new ArrayList<>());
    assertEquals(1, s.relaxed());
  }

  @Test
  void loadReadsNestedFoldersOnceByFileName(@TempDir Path dir) throws IOException {
    String tml =
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-29\">x</TIMEX3></DCT>"
            + "<TEXT>Fighting resumed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-04-28\">Monday"
            + "</TIMEX3>.</TEXT></TimeML>";
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/x.tml"), tml, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b/x.tml"), tml, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b/y.tml"), tml, StandardCharsets.UTF_8);
    TimeEval eval = TimeEval.load(dir);
    assertEquals(2, eval.size());
    TimeScore s =
        eval.run(
            (text, created) ->
                List.of(
                    new TimeExpression("Monday", 17, 23, "DATE", created.minusDays(1).toString())),
            new ArrayList<>());
    assertEquals(2, s.valueMatches());
    assertTrue(s.figures().containsKey("extent_f1_relaxed"));
  }
}
