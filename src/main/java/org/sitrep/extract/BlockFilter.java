package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last pass over the rendered paragraphs: the headline, furniture lines, link blocks and author
 * biographies go; what they were is kept for the "removed" list.
 */
final class BlockFilter {
  /** Link density above which a block is links, or, if it ends like a sentence, the higher one. */
  static final double BLOCK_LINK_DENSITY = 0.5;
  static final double SENTENCE_LINK_DENSITY = 0.8;
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?][\"”’')]*$");
  /** Author biographies are short; longer blocks starting with the name are article text. */
  static final int MAX_BIO_CHARS = 400;

  private BlockFilter() {}

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

  static List<String> keep(List<Blocks.Block> blocks, PageMeta meta, List<String> removed) {
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
