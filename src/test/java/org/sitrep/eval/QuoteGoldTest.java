package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteGoldTest {
  private static final String TEXT =
      "“The border stays shut,” the minister said. Officials said the talks failed. "
          + "He called it “a joke”.";

  @TempDir Path dir;

  @Test
  void keepsDirectQuotesOfThreeWordsOrMore() throws Exception {
    int q1 = TEXT.indexOf("“The");
    int q1End = TEXT.indexOf(" the minister");
    int src1 = TEXT.indexOf("the minister");
    int q2 = TEXT.indexOf("the talks");
    int q3 = TEXT.indexOf("“a joke");
    String ann = String.join("\n",
        "T1\tContent " + q1 + " " + q1End + "\t" + TEXT.substring(q1, q1End),
        "T2\tSource " + src1 + " " + (src1 + 12) + "\tthe minister",
        "T3\tContent " + q2 + " " + (q2 + 16) + "\tthe talks failed",
        "T4\tContent " + q3 + " " + (q3 + 8) + "\t“a joke”",
        "E1\tAttribution:T9 Content:T1 Source:T2",
        "E2\tAttribution:T8 Content:T3",
        "E3\tAttribution-no-source:T7 Content:T4",
        "");
    Path file = dir.resolve("a_0001.ann");
    Files.writeString(file, ann, StandardCharsets.UTF_8);
    List<QuoteGold> gold = QuoteGold.read(file, TEXT);
    assertEquals(1, gold.size());
    assertEquals("the minister", gold.get(0).source().text());
  }

  @Test
  void attributionWithoutSourceHasNullSource() throws Exception {
    String text = "“We will rebuild every town,” a banner read.";
    Path file = dir.resolve("b_0001.ann");
    Files.writeString(file, "T1\tContent 0 30\tx\nE1\tAttribution-no-source:T2 Content:T1\n",
        StandardCharsets.UTF_8);
    List<QuoteGold> gold = QuoteGold.read(file, text);
    assertEquals(1, gold.size());
    assertNull(gold.get(0).source());
  }
}
