package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The filters of the list pages, read from the query string as typed (blank means no filter). */
final class PageFilters {
  private PageFilters() {}

  /** {@code /figures?text=&measure=&actor=&since=}. */
  record Threads(String text, String measure, String kind, String actor, String since) {}

  /** {@code /events?type=&actor=&place=&since=&until=}. */
  record Events(String type, String actor, String place, String since, String until) {}

  static Threads threads(Context ctx) {
    return new Threads(get(ctx, "text"), get(ctx, "measure"), get(ctx, "kind"), get(ctx, "actor"), get(ctx, "since"));
  }

  static Events events(Context ctx) {
    return new Events(get(ctx, "type"), get(ctx, "actor"), get(ctx, "place"), get(ctx, "since"), get(ctx, "until"));
  }

  private static String get(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** An ISO day, or null when absent or not a date (the page says it ignored it). */
  static LocalDate date(String s) {
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean badDate(String s) {
    return s != null && date(s) == null;
  }
}
