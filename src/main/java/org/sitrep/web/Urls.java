package org.sitrep.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Links the pages may write: our own paths, and http(s) URLs. Anything else never becomes an href. */
final class Urls {
  private Urls() {}

  /** The URL when it is safe as an href or src, else null. */
  static String safe(String url) {
    if (url == null) return null;
    String u = url.strip();
    if (u.isEmpty() || u.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7F || Escape.invisible((char) ch))) {
      return null;
    }
    if (u.startsWith("#") || u.startsWith("?")) return u;
    if (u.startsWith("/")) return u.startsWith("//") || u.startsWith("/\\") ? null : u;
    int colon = u.indexOf(':');
    if (colon < 0) return null;
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return null;
    try {
      URI uri = new URI(u);
      return uri.getHost() == null ? null : u;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A path of ours with one encoded segment: {@code path("/actors/", id)}. */
  static String path(String prefix, String segment) {
    return prefix + encode(segment).replace("+", "%20");
  }

  /** A path with a query string made of name, value pairs; null and blank values are left out. */
  static String query(String path, String... pairs) {
    StringBuilder out = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] == null || pairs[i + 1].isBlank()) continue;
      out.append(sep).append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
      sep = '&';
    }
    return out.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
