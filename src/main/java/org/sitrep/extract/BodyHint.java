package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD articleBody as a hint: paragraphs whose shingles appear in it score far higher, so the
 * container that holds them wins. Without an articleBody every paragraph scores as usual.
 */
final class BodyHint {
  /** An articleBody shorter than this is a teaser, not the body. */
  static final int MIN_HINT_WORDS = 60;
  /** Multipliers for paragraphs in, and not in, the articleBody. */
  static final double MATCH = 4.0;
  static final double MISS = 0.5;

  private final Map<String, Integer> shingles;

  private BodyHint(Map<String, Integer> shingles) {
    this.shingles = shingles;
  }

  static BodyHint of(String articleBody) {
    if (articleBody == null || Shingles.tokens(articleBody).size() < MIN_HINT_WORDS) {
      return new BodyHint(null);
    }
    return new BodyHint(Shingles.of(articleBody.toLowerCase(Locale.ROOT)));
  }

  boolean present() {
    return shingles != null;
  }

  double multiplier(Element paragraph) {
    if (shingles == null) return 1;
    Map<String, Integer> mine = Shingles.of(paragraph.text().toLowerCase(Locale.ROOT));
    if (mine.isEmpty()) return 1;
    int found = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : mine.entrySet()) {
      total += e.getValue();
      if (shingles.containsKey(e.getKey())) found += e.getValue();
    }
    return found * 2 >= total ? MATCH : MISS;
  }
}
