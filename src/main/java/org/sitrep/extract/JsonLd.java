package org.sitrep.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object in a page's JSON-LD: NewsArticle and its kin, found at the top level, in
 * arrays or inside {@code @graph}. Invalid JSON-LD is ignored (many pages have some).
 */
final class JsonLd {
  static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
      "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle",
      "TechArticle");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Objects visited at most, so a hostile document cannot keep us busy. */
  static final int MAX_NODES = 20_000;

  private JsonLd() {}

  /** The first article object, preferring news types, or null. */
  static JsonNode article(Document doc) {
    JsonNode best = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      for (JsonNode node : objects(parse(script.data()))) {
        String type = typeOf(node);
        if (type == null) continue;
        if (type.endsWith("NewsArticle")) return node;
        if (best == null && ARTICLE_TYPES.contains(type)) best = node;
      }
    }
    return best;
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json.strip());
    } catch (JsonProcessingException | RuntimeException e) {
      return null; // invalid JSON-LD is common; the page still has its other metadata
    }
  }

  /** Every object with an @type, breadth first, iteratively. */
  static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root == null) return out;
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (node.has("@type")) out.add(node);
        if (node.has("@graph")) queue.add(node.get("@graph"));
      }
    }
    return out;
  }

  static String typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) return null;
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText()) || t.asText().endsWith("NewsArticle")) return t.asText();
      }
      return type.size() > 0 ? type.get(0).asText() : null;
    }
    return type.asText();
  }

  /** A text field, or the "name" / "@id" of an object field, or null. */
  static String text(JsonNode node, String field) {
    if (node == null) return null;
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (value.isArray()) value = value.size() > 0 ? value.get(0) : null;
    if (value == null) return null;
    if (value.isObject()) {
      JsonNode inner = value.has("name") ? value.get("name") : value.get("@id");
      return inner == null ? null : blankToNull(inner.asText());
    }
    return blankToNull(value.asText());
  }

  /** The names in an author field: a string, an object or an array of either. */
  static List<String> names(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = node == null ? null : node.get(field);
    if (value == null) return out;
    Iterable<JsonNode> items = value.isArray() ? value : List.of(value);
    for (JsonNode item : items) {
      String name = item.isObject() ? (item.has("name") ? item.get("name").asText() : null)
          : item.asText();
      if (name != null && !name.isBlank() && !name.startsWith("http")) out.add(name.strip());
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
