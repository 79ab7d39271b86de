package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private final NameMatcher<String> m = new NameMatcher<>();

  NameMatcherTest() {
    m.add("Kim Jong Un", "kju");
    m.add("Kim", "kim");
    m.add("South Korea", "kor");
    m.add("Korea", "korea");
    m.add("U.S.", "usa");
    m.add("WHO", "who");
    m.add("NATO", "nato");
    m.add("foreign ministry", "fm");
    m.add("Côte d'Ivoire", "civ");
  }

  /** Matches as "covered text=value" joined by commas. */
  private String matches(String text) {
    return m.match(text).stream()
        .map(h -> text.substring(h.start(), h.end()) + "=" + String.join("+", h.values()))
        .collect(Collectors.joining(", "));
  }

  @Test
  void table() {
    List<String[]> cases = List.of(
        new String[] {"Kim Jong Un spoke", "Kim Jong Un=kju"},
        new String[] {"Kim Jong-un spoke", "Kim Jong-un=kju"},
        new String[] {"then Kim spoke", "Kim=kim"},
        new String[] {"South Korea's army", "South Korea=kor"},
        new String[] {"in Korea", "Korea=korea"},
        new String[] {"the U.S. said", "U.S.=usa"},
        new String[] {"the US said", ""},
        new String[] {"the WHO said", "WHO=who"},
        new String[] {"Who said", ""},
        new String[] {"Nato allies", "Nato=nato"},
        new String[] {"nato allies", ""},
        new String[] {"the Foreign Ministry said", "Foreign Ministry=fm"},
        new String[] {"the foreign ministry said", "foreign ministry=fm"},
        new String[] {"Cote d'Ivoire and Côte d’Ivoire", "Cote d'Ivoire=civ, Côte d’Ivoire=civ"},
        new String[] {"Koreans", ""},
        new String[] {"South\nKorea", "Korea=korea"},
        new String[] {"", ""});
    for (String[] c : cases) assertEquals(c[1], matches(c[0]), c[0]);
  }

  @Test
  void valuesUnderOneNameKeepInsertionOrder() {
    m.add("Kim", "kim2");
    assertEquals("Kim=kim+kim2", matches("Kim"));
  }
}
