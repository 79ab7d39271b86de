package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one API request, checked: an unknown name, a repeated one, a bad date or
 * number is a 400 that says which parameter and what it takes.
 */
final class Params {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  /** Offsets go deep enough for any page a person pages to, without letting one request scan everything. */
  static final int MAX_OFFSET = 100_000;
  static final int MAX_TEXT = 500;

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  private static final String ATTRIBUTE = "sitrep.params";

  /** The request's parameters, refusing any not in {@code allowed}; kept for {@link #of(Context)}. */
  static Params of(Context ctx, Set<String> allowed) {
    Params p = of(ctx.queryParamMap(), allowed);
    ctx.attribute(ATTRIBUTE, p);
    return p;
  }

  /** The parameters the route checked against its table ({@link Api#routes}) before its handler ran. */
  static Params of(Context ctx) {
    Params p = ctx.attribute(ATTRIBUTE);
    if (p == null) throw new IllegalStateException("parameters read before the route checked them: " + ctx.path());
    return p;
  }

  static Params of(Map<String, List<String>> values, Set<String> allowed) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw Problem.badRequest("unknown parameter '" + e.getKey() + "'; this endpoint takes: "
            + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())));
      }
      if (e.getValue().size() > 1) throw Problem.badRequest("parameter '" + e.getKey() + "' is given twice");
    }
    return new Params(values);
  }

  /** The text value, stripped; null when absent or blank. */
  String text(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) return null;
    String s = v.get(0).strip();
    if (s.length() > MAX_TEXT) throw Problem.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    return s;
  }

  String required(String name) {
    String s = text(name);
    if (s == null) throw Problem.badRequest("parameter '" + name + "' is required");
    return s;
  }

  LocalDate date(String name) {
    String s = text(name);
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(name + ": '" + s + "' is not a date: use YYYY-MM-DD, e.g. 2025-04-30");
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String s = text(name);
    if (s == null) return fallback;
    try {
      int n = Integer.parseInt(s);
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw Problem.badRequest(name + ": '" + s + "' is not a whole number from " + min + " to " + max);
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  /** Rows to ask the store for: this page, and one more to know whether there is a next page. */
  int fetch() {
    return offset() + limit() + 1;
  }
}
