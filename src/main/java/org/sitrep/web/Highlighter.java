package org.sitrep.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a text with its marks as properly nested {@code <mark>} elements. Where two marks
 * overlap without one containing the other, the inner one is closed and opened again, so the
 * pieces nest; pieces of one mark share its {@code data-ref}. Offsets outside the text are
 * clamped and an offset inside a surrogate pair is moved to the pair's edge.
 */
final class Highlighter {
  /** Outer marks first: earlier start, then later end, then the order given. */
  private static final Comparator<Mark> OUTER_FIRST =
      Comparator.comparingInt(Mark::start).thenComparing(Mark::end, Comparator.reverseOrder());

  private Highlighter() {}

  static void write(Html html, String text, List<Mark> marks) {
    List<Mark> clean = normalise(text, marks);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    clean.forEach(m -> { cuts.add(m.start()); cuts.add(m.end()); });
    List<Mark> open = new ArrayList<>();
    Set<Mark> anchored = new HashSet<>();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      List<Mark> wanted = covering(clean, from, to);
      int keep = commonPrefix(open, wanted);
      for (int i = open.size() - 1; i >= keep; i--) html.close("mark");
      open = new ArrayList<>(open.subList(0, keep));
      for (Mark m : wanted.subList(keep, wanted.size())) {
        openMark(html, m, anchored.add(m) ? m.anchor() : null);
        open.add(m);
      }
      html.text(text.substring(from, to));
    }
    for (int i = 0; i < open.size(); i++) html.close("mark");
  }

  static List<Mark> normalise(String text, List<Mark> marks) {
    List<Mark> out = new ArrayList<>();
    for (Mark m : marks) {
      int start = snap(text, m.start());
      int end = snap(text, m.end());
      if (start < end) out.add(new Mark(start, end, m.kind(), m.ref(), m.anchor()));
    }
    out.sort(OUTER_FIRST);
    return out;
  }

  /** The offset clamped to the text, and moved back to the start of a surrogate pair it splits. */
  static int snap(String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
        && Character.isHighSurrogate(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static List<Mark> covering(List<Mark> marks, int from, int to) {
    List<Mark> out = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() <= from && to <= m.end()) out.add(m);
    }
    return out;
  }

  private static int commonPrefix(List<Mark> a, List<Mark> b) {
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i) == b.get(i)) i++;
    return i;
  }

  private static void openMark(Html html, Mark m, String anchor) {
    html.open("mark", "class", "m m-" + m.kind(), "data-ref", m.ref(), "id", anchor, "tabindex", "0");
  }
}
