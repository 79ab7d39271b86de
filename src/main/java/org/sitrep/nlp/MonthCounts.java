package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A repair of one misparse of news sentences: in "in October at least 115 were killed" the parser
 * takes the count for the day of the month before it ("October 115") and leaves the verb with no
 * subject. A number hung on a month name that cannot be a day of it (above 31, or with thousands),
 * on a month that dates a verb with no subject, is that verb's subject again: passive when the verb
 * is.
 */
final class MonthCounts {
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");
  private static final int LAST_DAY = 31;

  private MonthCounts() {}

  static List<Dependency> rehang(List<String> words, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (int k = 0; k < out.size(); k++) {
      Dependency d = out.get(k);
      int month = d.governor();
      if (!d.relation().equals("nummod") || month < 0 || d.dependent() < month
          || !MONTHS.contains(words.get(month).toLowerCase(Locale.ROOT)) || !notADay(words.get(d.dependent()))) {
        continue;
      }
      Dependency dating = TrailingReporters.headOf(out, month);
      if (dating == null || !dating.relation().startsWith("obl") || dating.governor() < 0
          || TrailingReporters.hasChild(out, dating.governor(), "nsubj")
          || TrailingReporters.hasChild(out, dating.governor(), "nsubj:pass")) {
        continue;
      }
      String relation = TrailingReporters.hasChild(out, dating.governor(), "aux:pass") ? "nsubj:pass" : "nsubj";
      out.set(k, new Dependency(dating.governor(), d.dependent(), relation));
    }
    return out;
  }

  /** "115", "2,000", "1.5": written as a number that no month has as a day, nor as its year ("January 2012"). */
  private static boolean notADay(String word) {
    if (!word.matches("\\d[\\d,.]*")) return false;
    if (!word.matches("\\d+")) return true;
    return word.length() == 3 || word.length() > 4 || word.length() == 2 && Integer.parseInt(word) > LAST_DAY;
  }
}
