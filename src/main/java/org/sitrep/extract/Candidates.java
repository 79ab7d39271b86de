package org.sitrep.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;

/**
 * Readability-style choice of the element that holds the article: every paragraph gives points to
 * its ancestors (more for longer text and more commas), each candidate's score is scaled down by
 * its link density, and the best one wins.
 */
final class Candidates {
  /** Paragraphs shorter than this give no points: they are labels, buttons, datelines. */
  static final int MIN_PARAGRAPH_CHARS = 25;
  /** How many ancestor levels a paragraph's points reach. */
  static final int ANCESTOR_LEVELS = 5;
  static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote",
      "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
      "tbody", "td", "th", "thead", "tr", "ul");

  private final TextStats stats;
  private final ToDoubleFunction<Element> bonus;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  /** Characters of prose paragraphs under each element, up to {@value #CONTENT_LEVELS} levels. */
  private final Map<Element, Integer> content = new IdentityHashMap<>();
  /** How far up prose is counted, and how far the container may climb to collect it. */
  static final int CONTENT_LEVELS = 8;
  static final int MAX_CLIMB = 4;
  /** A climb must add this much prose, and twice as much prose as other text. */
  static final int MIN_CLIMB_GAIN = 150;
  static final double CLIMB_RATIO = 2.0;
  /** Paragraphs with more links than this are link lists, not prose. */
  static final double PROSE_LINK_DENSITY = 0.3;

  Candidates(TextStats stats, ToDoubleFunction<Element> bonus) {
    this.stats = stats;
    this.bonus = bonus;
  }

  /** The best container under the root, or the root when nothing scored. */
  Element best(Element root) {
    for (Element e : root.getAllElements()) {
      if (isParagraph(e)) score(e);
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = finalScore(entry.getKey());
      if (top == null || s > topScore) {
        top = entry.getKey();
        topScore = s;
      }
    }
    return top == null ? root : climb(top, root);
  }

  double finalScore(Element e) {
    Double s = scores.get(e);
    return s == null ? 0 : s * (1 - stats.linkDensity(e));
  }

  boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPH_TAGS.contains(tag)) return true;
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article")) return false;
    for (Element child : e.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) return false;
    }
    return true;
  }

  private void score(Element p) {
    int length = stats.text(p);
    if (length < MIN_PARAGRAPH_CHARS) return;
    double multiplier = bonus.applyAsDouble(p);
    double points = (1 + stats.commas(p) + Math.min(length / 100, 3)) * multiplier;
    if (multiplier >= 1 && stats.linkDensity(p) <= PROSE_LINK_DENSITY) countProse(p, length);
    Element ancestor = p.parent();
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
      if (ancestor.normalName().equals("#root")) break;
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      Double old = scores.get(ancestor);
      scores.put(ancestor, (old == null ? initial(ancestor) : old) + points / divider);
      ancestor = ancestor.parent();
    }
  }

  private void countProse(Element p, int length) {
    Element e = p;
    for (int level = 0; level <= CONTENT_LEVELS && e != null; level++) {
      content.merge(e, length, Integer::sum);
      e = e.parent();
    }
  }

  private int prose(Element e) {
    return content.getOrDefault(e, 0);
  }

  /**
   * Moves up from the container while the ancestor adds much prose and little else: an article
   * split into chunks by ad slots or "read more" boxes sits in several sibling containers.
   */
  private Element gather(Element top, Element root) {
    Element best = top;
    Element current = top;
    for (int level = 0; level < MAX_CLIMB; level++) {
      Element parent = current.parent();
      if (parent == null || parent == root) break;
      int addedProse = prose(parent) - prose(top);
      int addedOther = (stats.text(parent) - prose(parent)) - (stats.text(top) - prose(top));
      if (addedProse >= MIN_CLIMB_GAIN && addedProse >= CLIMB_RATIO * Math.max(0, addedOther)) {
        best = parent;
      }
      current = parent;
    }
    return best;
  }

  private static double initial(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + Hints.weight(e);
  }

  /**
   * Moves up from the top candidate while the parent scores nearly as well (the article is split
   * over several siblings) or several top candidates share it.
   */
  private Element climb(Element top, Element root) {
    double topScore = finalScore(top);
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && finalScore(entry.getKey()) >= topScore * 0.75) {
        rivals.add(entry.getKey());
      }
    }
    Element current = top;
    if (rivals.size() >= 2) {
      Element parent = top.parent();
      while (parent != null && parent != root) {
        final Element p = parent;
        long inside = rivals.stream().filter(r -> r.parents().contains(p)).count();
        if (inside >= Math.min(rivals.size(), 3)) {
          current = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    return gather(current, root);
  }
}
