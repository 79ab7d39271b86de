package org.sitrep.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before scoring: scripts, navigation, figures and captions,
 * hidden elements and, in strict mode, elements whose class or id name furniture. The text of
 * removed furniture is kept for the article's "removed" list.
 */
final class Preclean implements NodeFilter {
  private final boolean strict;
  private final List<String> removed;

  private Preclean(boolean strict, List<String> removed) {
    this.strict = strict;
    this.removed = removed;
  }

  static void apply(Element body, boolean strict, List<String> removed) {
    NodeTraversor.filter(new Preclean(strict, removed), body);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof org.jsoup.nodes.Comment) return FilterResult.REMOVE;
    if (!(node instanceof Element e) || depth == 0) return FilterResult.CONTINUE;
    String tag = e.normalName();
    if (Hints.JUNK_TAGS.contains(tag) || Hints.hidden(e)) return remove(e, tag);
    if (strict && !tag.equals("article") && !tag.equals("main") && Hints.unlikely(e)) {
      return remove(e, tag);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    return FilterResult.CONTINUE;
  }

  private FilterResult remove(Element e, String tag) {
    if (removed.size() < Removed.MAX_ENTRIES && !tag.equals("script") && !tag.equals("style")
        && !tag.equals("head")) {
      Removed.add(removed, e.text());
    }
    return FilterResult.REMOVE;
  }
}
