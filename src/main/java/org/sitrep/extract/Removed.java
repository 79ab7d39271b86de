package org.sitrep.extract;

import java.util.List;

/** The capped list of furniture strings an article reports as dropped. */
final class Removed {
  /** Entries kept at most: enough to show what went, small enough for a record. */
  static final int MAX_ENTRIES = 50;
  static final int MAX_CHARS = 200;

  private Removed() {}

  static void add(List<String> removed, String text) {
    if (removed.size() >= MAX_ENTRIES) return;
    String head = text.length() > 2 * MAX_CHARS ? text.substring(0, 2 * MAX_CHARS) : text;
    String t = head.replaceAll("\\s+", " ").strip();
    if (t.isEmpty() || removed.size() >= MAX_ENTRIES || removed.contains(t)) return;
    removed.add(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS - 1) + "…" : t);
  }
}
