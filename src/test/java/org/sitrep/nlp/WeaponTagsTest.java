package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeaponTagsTest {
  /** "word/TAG word/TAG ..." to labels, fixed, back to the tags. */
  private static String fixed(String tagged) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(wt.substring(0, wt.lastIndexOf('/')));
      l.setTag(wt.substring(wt.lastIndexOf('/') + 1));
      labels.add(l);
    }
    WeaponTags.fix(labels);
    StringBuilder out = new StringBuilder();
    for (CoreLabel l : labels) out.append(out.length() == 0 ? "" : " ").append(l.tag());
    return out.toString();
  }

  @Test
  void aWeaponNounReadAsAVerbBecomesANoun() {
    assertEquals("WRB DT NN VBD", fixed("when/WRB a/DT drone/VB hit/VBD"));
    assertEquals("VBD NNS NNS", fixed("launched/VBD drones/VBZ overnight/NNS"));
    assertEquals("NN NNS", fixed("Rocket/VB attacks/NNS"));
  }

  @Test
  void anInfinitiveOrModalKeepsTheVerb() {
    assertEquals("TO VB", fixed("to/TO drone/VB"));
    assertEquals("MD VB", fixed("will/MD rocket/VB"));
  }

  @Test
  void shellIsANounOnlyAfterADeterminerOrModifier() {
    assertEquals("DT NN VBD", fixed("a/DT shell/VB landed/VBD"));
    assertEquals("JJ NNS", fixed("artillery/JJ shells/VBZ"));
    assertEquals("NNS VBP NNP", fixed("forces/NNS shell/VBP Kharkiv/NNP"));
  }
}
