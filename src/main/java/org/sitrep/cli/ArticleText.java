package org.sitrep.cli;

import org.sitrep.record.Article;

/** The readable form of an extracted article: a header of metadata, then the text. */
final class ArticleText {
  private ArticleText() {}

  static String of(Article a) {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(ExtractCommand.name(a)).append('\n');
    line(s, "title", a.title());
    line(s, "published", a.published());
    line(s, "modified", a.modified());
    line(s, "authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    line(s, "site", a.site());
    line(s, "url", a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    int n = a.removed().size();
    line(s, "removed", n == 0 ? null : n + (n == 1 ? " piece" : " pieces") + " of page chrome");
    s.append('\n').append(a.text()).append("\n\n");
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    if (value != null) s.append(String.format(java.util.Locale.ROOT, "%-10s %s%n", label, value));
  }
}
