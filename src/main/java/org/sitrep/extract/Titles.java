package org.sitrep.extract;

import java.util.regex.Pattern;

/** Headline clean-up: whitespace, and the " | Site name" that page titles carry. */
final class Titles {
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—»:-]\\s+[^|–—»:]{2,60}$");

  private Titles() {}

  static String clean(String title) {
    String t = title.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  /** "Troops deployed | The Daily Example" becomes "Troops deployed". */
  static String withoutSite(String title) {
    String t = clean(title);
    if (t == null) return null;
    String cut = SITE_SUFFIX.matcher(t).replaceFirst("");
    return cut.length() >= 15 ? cut : t;
  }
}
