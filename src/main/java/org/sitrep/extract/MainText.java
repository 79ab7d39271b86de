package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
  /** Link density above which a block is links, or, if it ends like a sentence, the higher one. */
  static final double BLOCK_LINK_DENSITY = 0.5;
  static final double SENTENCE_LINK_DENSITY = 0.8;
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.!?][\"”’')]*$");
  /** Author biographies are short; longer blocks starting with the name are article text. */
  static final int MAX_BIO_CHARS = 400;

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
    chromeOutside(body, removed);
    return Body.of(keep(blocks.blocks(), meta, removed), removed);
  }

  /**
   * Lists the furniture lines left outside the container ("Exit mobile version", copy-protection
   * notices): leaf elements whose whole text is chrome.
   */
  private static void chromeOutside(Element body, List<String> removed) {
    for (Element e : body.getAllElements()) {
      if (removed.size() >= Removed.MAX_ENTRIES) return;
      if (e.childrenSize() > 0) continue;
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

  /**
   * A block that is mostly links: navigation or a teaser. A sentence with several linked names
   * still ends like a sentence, so it gets a higher limit.
   */
  static boolean isLinks(Blocks.Block block) {
    double density = block.linkDensity();
    if (density > SENTENCE_LINK_DENSITY) return true;
    return density > BLOCK_LINK_DENSITY && !SENTENCE_END.matcher(block.text()).find();
  }

  /** A short "Jane Doe is a reporter ..." or "Jane is a native of ..." block about an author. */
  static boolean isAuthorBio(String text, PageMeta meta) {
    if (text.length() > MAX_BIO_CHARS) return false;
    for (String author : meta.authors()) {
      String first = author.split("\\s+")[0];
      if (text.startsWith(author + " is ") || text.startsWith(author + " has ")
          || (first.length() > 2 && text.startsWith(first + " is "))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> keep(List<Blocks.Block> blocks, PageMeta meta, List<String> removed) {
    String titleKey = meta.title() == null ? "" : meta.title().toLowerCase(Locale.ROOT);
    List<String> kept = new ArrayList<>();
    for (Blocks.Block block : blocks) {
      String text = block.text();
      String key = text.toLowerCase(Locale.ROOT);
      if (block.tag().equals("h1") || key.equals(titleKey)
          || (key.length() >= 20 && titleKey.startsWith(key))) {
        continue;
      }
      if (Chrome.isChrome(text) || isLinks(block) || isAuthorBio(text, meta)) {
        Removed.add(removed, text);
      } else {
        kept.add(text);
      }
    }
    return kept;
  }
}
