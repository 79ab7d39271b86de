package org.sitrep.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Readability's "clean conditionally" inside the chosen container: boxes of links, short labelled
 * boxes and furniture-named boxes are skipped when the text is rendered.
 */
final class Clutter {
  /** A box with this many commas is prose, whatever else it looks like. */
  static final int PROSE_COMMAS = 10;
  /** Link density above which a non-list box is a link box. */
  static final double BOX_LINK_DENSITY = 0.33;
  /** Link density above which a list is a list of links (related stories, tags, menus). */
  static final double LIST_LINK_DENSITY = 0.5;
  /** A list whose items mostly link is a link list above this density, if items are short. */
  static final double LINK_LIST_DENSITY = 0.25;
  static final int LINK_LIST_ITEM_CHARS = 120;
  /** Boxes with less text than this and no paragraph are labels and widgets. */
  static final int MIN_BOX_CHARS = 25;

  /** An inline element with this much link text is a hover card or a link list, not prose. */
  static final int INLINE_CARD_LINK_CHARS = 150;

  private static final Set<String> BOXES =
      Set.of("div", "section", "ul", "ol", "table", "form", "fieldset", "header", "dl", "span");

  private final TextStats stats;
  private final Set<Element> protectedBoxes;

  Clutter(TextStats stats, Set<Element> protectedBoxes) {
    this.stats = stats;
    this.protectedBoxes = protectedBoxes;
  }

  boolean test(Element e) {
    if (Hints.hidden(e)) return true;
    String tag = e.normalName();
    if (Hints.JUNK_TAGS.contains(tag)) return true;
    if (protectedBoxes.contains(e)) return false;
    if (Hints.unlikely(e)) return true;
    if (!BOXES.contains(tag)) return false;
    return looksLikeClutter(e, tag);
  }

  /**
   * A list of short items most of which hold a link: related stories, even when each item mixes
   * plain words with its link.
   */
  private boolean isLinkList(Element list, double density) {
    if (density < LINK_LIST_DENSITY) return false;
    int items = 0;
    int linked = 0;
    for (Element li : list.children()) {
      if (!li.normalName().equals("li")) continue;
      items++;
      if (stats.links(li) > 0) linked++;
    }
    return items >= 3 && linked >= items * 0.6 && stats.text(list) / items < LINK_LIST_ITEM_CHARS;
  }

  private boolean looksLikeClutter(Element e, String tag) {
    int weight = Hints.weight(e);
    int text = stats.text(e);
    if (text == 0) return false;
    double density = stats.linkDensity(e);
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (weight < 0 && stats.commas(e) < PROSE_COMMAS) return true;
    if (stats.commas(e) >= PROSE_COMMAS) return density > 0.5;
    if (list) return density > LIST_LINK_DENSITY || isLinkList(e, density);
    if (tag.equals("span")) return stats.links(e) > INLINE_CARD_LINK_CHARS && density > 0.8;
    if (density > BOX_LINK_DENSITY && weight < 25) return true;
    return weight >= 25 && density > 0.5;
  }
}
