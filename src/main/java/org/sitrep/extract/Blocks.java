package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an element as paragraphs: block tags and line breaks end a paragraph, inline text is
 * joined with whitespace collapsed. Skips clutter the {@link Clutter} test finds on the way.
 * Iterative, so a deeply nested page cannot overflow the stack.
 */
final class Blocks {
  static final Set<String> BREAKING = Set.of("address", "article", "blockquote", "dd", "div",
      "dl", "dt", "fieldset", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
      "main", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "br", "center");

  /** One paragraph with the number of its characters inside links. */
  record Block(String text, int linkChars, String tag) {
    double linkDensity() {
      return text.isEmpty() ? 0 : linkChars / (double) text.length();
    }
  }

  private final Clutter clutter;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLinks;
  private int linkDepth;
  private String currentTag = "p";

  Blocks(Clutter clutter) {
    this.clutter = clutter;
  }

  void render(Element root) {
    NodeTraversor.filter(new Walker(), root);
    flush();
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Text of the clutter elements skipped, for the article's "removed" list. */
  List<String> skipped() {
    return skipped;
  }

  private void flush() {
    String text = current.toString().strip();
    if (!text.isEmpty()) blocks.add(new Block(text, Math.min(currentLinks, text.length()), currentTag));
    current.setLength(0);
    currentLinks = 0;
    currentTag = "p";
  }

  private void append(String text) {
    int before = current.length();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean space = Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u200b';
      if (space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') current.append(' ');
      } else {
        current.append(ch);
      }
    }
    if (linkDepth > 0) currentLinks += current.length() - before;
  }

  private final class Walker implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
      if (depth > 0 && clutter.test(e)) {
        if (skipped.size() < Removed.MAX_ENTRIES) {
          String text = e.text();
          if (!text.isBlank()) skipped.add(text);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (BREAKING.contains(tag)) {
        flush();
        currentTag = tag;
      }
      if (tag.equals("a")) linkDepth++;
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) linkDepth--;
        if (BREAKING.contains(tag)) flush();
      }
      return FilterResult.CONTINUE;
    }
  }
}
