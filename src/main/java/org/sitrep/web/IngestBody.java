package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Inputs;
import org.sitrep.record.RecordJson;

/**
 * The body of {@code POST /api/v1/articles} as an input: an HTML page (text/html), plain text
 * (text/plain), or JSON holding exactly one of {@code url} (fetched, behind the SSRF guard),
 * {@code html} or {@code text}; with {@code html} or {@code text}, {@code url} may name where it came from.
 */
final class IngestBody {
  private IngestBody() {}

  static Input read(String contentType, byte[] body, InputOptions fetch) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/html", "application/xhtml+xml", "text/plain" -> new Input(null, null, body, contentType);
      case "application/json" -> json(body, fetch);
      default -> throw Problem.unsupportedType(type.isEmpty() ? "(none)" : type);
    };
  }

  private static Input json(byte[] body, InputOptions fetch) {
    JsonNode node = parse(body);
    String url = field(node, "url");
    String html = field(node, "html");
    String text = field(node, "text");
    if (html != null && text != null) throw Problem.badRequest("give one of \"html\" and \"text\", not both");
    if (url != null) checkUrl(url);
    if (html != null) return new Input(null, url, bytes(html), "text/html; charset=utf-8");
    if (text != null) return new Input(null, url, bytes(text), "text/plain; charset=utf-8");
    if (url == null) throw Problem.badRequest("the JSON body needs \"url\", \"html\" or \"text\"");
    return Inputs.fetch(url, fetch);
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = RecordJson.mapper().readTree(body);
      if (node == null || !node.isObject()) throw Problem.badRequest("the JSON body must be an object");
      return node;
    } catch (IOException e) {
      throw Problem.badRequest("the body is not valid JSON");
    }
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw Problem.badRequest("\"" + name + "\" must be a string");
    return v.asText().isBlank() ? null : v.asText();
  }

  private static void checkUrl(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      throw Problem.badRequest("\"url\" must be an http or https URL");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
