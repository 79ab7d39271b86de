package org.sitrep.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths, commas and paragraph counts of every element under a root, computed
 * in one iterative pass (deep pages cannot overflow the stack).
 */
final class TextStats {
  /** Counts of one element: [text chars, link chars, commas, paragraphs, list items]. */
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(), root);
    return stats;
  }

  int text(Element e) {
    return get(e)[0];
  }

  int links(Element e) {
    return get(e)[1];
  }

  int commas(Element e) {
    return get(e)[2];
  }

  int paragraphs(Element e) {
    return get(e)[3];
  }

  int listItems(Element e) {
    return get(e)[4];
  }

  double linkDensity(Element e) {
    int text = text(e);
    return text == 0 ? 0 : links(e) / (double) text;
  }

  private int[] get(Element e) {
    int[] c = counts.get(e);
    return c == null ? new int[5] : c;
  }

  private final class Counter implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) counts.put(e, new int[5]);
    }

    @Override
    public void tail(Node node, int depth) {
      Node parent = node.parent();
      int[] up = parent instanceof Element p ? counts.get(p) : null;
      if (node instanceof TextNode t) {
        if (up != null) addText(t.text(), up, isLink(parent));
      } else if (node instanceof Element e && up != null) {
        int[] c = counts.get(e);
        String tag = e.normalName();
        boolean link = tag.equals("a");
        up[0] += c[0];
        up[1] += link ? c[0] : c[1];
        up[2] += c[2];
        up[3] += c[3] + (tag.equals("p") ? 1 : 0);
        up[4] += c[4] + (tag.equals("li") ? 1 : 0);
      }
    }

    private boolean isLink(Node parent) {
      return parent instanceof Element p && p.normalName().equals("a");
    }

    private void addText(String text, int[] up, boolean link) {
      int chars = 0;
      int commas = 0;
      boolean space = true;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Character.isWhitespace(ch) || ch == '\u00a0') {
          if (!space) chars++;
          space = true;
        } else {
          chars++;
          space = false;
          if (ch == ',') commas++;
        }
      }
      up[0] += chars;
      if (link) up[1] += chars;
      up[2] += commas;
    }
  }
}
