package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an HTML page. A cascade, as in Readability and trafilatura:
 *
 * <ol>
 *   <li>strict: remove furniture by tag and by class/id, score containers, render the best one;
 *   <li>when that yields less than {@value #MIN_BODY_CHARS} characters (a site that names its
 *       article container like furniture), start again from a fresh parse without the class/id
 *       rule and keep the longer result.
 * </ol>
 */
final class MainText {
  static final int MIN_BODY_CHARS = 500;
  /** Siblings of the best container scoring this share of its score join it. */
  static final double SIBLING_SHARE = 0.2;

  private MainText() {}

  static Body extract(Supplier<Document> parse, Document first, PageMeta meta) {
    Body strict = attempt(first, meta, true);
    if (strict.length() >= MIN_BODY_CHARS) return strict;
    Body lenient = attempt(parse.get(), meta, false);
    return lenient.length() > strict.length() ? lenient : strict;
  }

  private static Body attempt(Document doc, PageMeta meta, boolean strict) {
    List<String> removed = new ArrayList<>();
    Element body = doc.body();
    Preclean.apply(body, strict, removed);
    TextStats stats = TextStats.of(body);
    BodyHint hint = BodyHint.of(meta.articleBody());
    Candidates scorer = new Candidates(stats, hint::multiplier);
    Element top = scorer.best(body);
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(top.parents());
    Blocks blocks = new Blocks(new Clutter(stats, kept));
    for (Element part : parts(top, scorer, stats)) blocks.render(part);
    blocks.skipped().forEach(s -> Removed.add(removed, s));
    chromeOutside(body, stats, removed);
    return Body.of(BlockFilter.keep(blocks.blocks(), meta, removed), removed);
  }

  /**
   * Lists the furniture lines left outside the container ("Exit mobile version", copy-protection
   * notices): leaf elements whose whole text is chrome.
   */
  private static void chromeOutside(Element body, TextStats stats, List<String> removed) {
    for (Element e : body.getAllElements()) {
      if (removed.size() >= Removed.MAX_ENTRIES) return;
      int length = stats.text(e);
      if (e.childrenSize() > 0 || length < 3 || length > Chrome.MAX_CHROME_CHARS) continue;
      String text = e.text();
      if (text.length() >= 3 && Chrome.isChrome(text)) Removed.add(removed, text);
    }
  }

  /** The best container and the siblings that look like more of the same article. */
  private static List<Element> parts(Element top, Candidates scorer, TextStats stats) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) return List.of(top);
    double topScore = scorer.finalScore(top);
    double threshold = Math.max(10, topScore * SIBLING_SHARE);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || joins(sibling, top, scorer, stats, threshold, topScore)) parts.add(sibling);
    }
    return parts;
  }

  private static boolean joins(Element sibling, Element top, Candidates scorer, TextStats stats,
      double threshold, double topScore) {
    double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
        ? topScore * SIBLING_SHARE : 0;
    if (scorer.finalScore(sibling) + bonus >= threshold) return true;
    if (!scorer.isParagraph(sibling)) return false;
    int length = stats.text(sibling);
    double density = stats.linkDensity(sibling);
    if (length > 80) return density < 0.25;
    return length > 0 && density == 0 && sibling.text().endsWith(".");
  }
}
