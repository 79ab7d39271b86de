package org.sitrep.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page written element by element. Every text and attribute value goes through {@link Escape};
 * href and src values through {@link Urls#safe} (an unsafe one is left out). Tag and attribute
 * names are constants of ours, checked: no event handlers, no inline styles.
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*(:[a-z]+)?");
  private final StringBuilder out = new StringBuilder(8192);

  /** The HTML5 doctype, the only markup not written through an element method. */
  Html doctype() {
    out.append("<!doctype html>\n");
    return this;
  }

  Html open(String tag, String... attrs) {
    out.append('<').append(name(tag));
    attrs(attrs);
    out.append('>');
    return this;
  }

  /** An element without content, such as meta, input or an SVG shape: {@code <circle ... />}. */
  Html empty(String tag, String... attrs) {
    out.append('<').append(name(tag));
    attrs(attrs);
    out.append(tag.equals("meta") || tag.equals("input") || tag.equals("link") ? ">" : "/>");
    return this;
  }

  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  Html text(Object text) {
    if (text != null) Escape.append(text.toString(), out);
    return this;
  }

  /** An element holding text: {@code el("td", value, "class", "num")}. */
  Html el(String tag, Object text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** A link; when the URL is not safe the text is written without one. */
  Html link(String href, Object text, String... attrs) {
    if (Urls.safe(href) == null) return el("span", text, attrs);
    String[] all = new String[attrs.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attrs, 0, all, 2, attrs.length);
    return el("a", text, all);
  }

  private void attrs(String[] attrs) {
    if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
    for (int i = 0; i < attrs.length; i += 2) {
      String name = name(attrs[i]);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("on") || lower.equals("style")) {
        throw new IllegalArgumentException("attribute not allowed on our pages: " + name);
      }
      String value = attrs[i + 1];
      if (value != null && (name.equals("href") || name.equals("src") || name.equals("action"))) {
        value = Urls.safe(value);
      }
      if (value == null) continue;
      out.append(' ').append(name).append("=\"");
      Escape.append(value, out);
      out.append('"');
    }
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("bad tag or attribute name: " + name);
    return name;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
