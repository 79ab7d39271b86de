package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's meta tags by lower-cased name, property or itemprop, first value first. */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element meta : doc.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) continue;
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) tags.values.computeIfAbsent(name, k -> new ArrayList<>()).add(content);
      }
    }
    return tags;
  }

  /** The first value of the first name present, or null. */
  String first(String... names) {
    for (String name : names) {
      List<String> v = values.get(name);
      if (v != null) return v.get(0);
    }
    return null;
  }

  String firstOr(String fallback, String... names) {
    String v = first(names);
    return v == null ? fallback : v;
  }

  /** Every value of the first name present. */
  List<String> all(String... names) {
    for (String name : names) {
      List<String> v = values.get(name);
      if (v != null) return v;
    }
    return List.of();
  }
}
