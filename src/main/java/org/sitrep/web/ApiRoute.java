package org.sitrep.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One API route: method, path (Javalin syntax, {@code {id}} for a path parameter), the query
 * parameters it takes and its handler. {@link Api#routes} is the table the server registers and
 * the OpenAPI test compares with the document.
 */
record ApiRoute(HandlerType method, String path, Set<String> params, Handler handler) {
  static final Set<String> PAGE = Set.of("limit", "offset");

  static ApiRoute get(String path, Set<String> params, Handler handler) {
    return new ApiRoute(HandlerType.GET, path, params, handler);
  }

  /** A listing: its filters plus limit and offset. */
  static ApiRoute list(String path, Set<String> filters, Handler handler) {
    java.util.Set<String> all = new java.util.TreeSet<>(filters);
    all.addAll(PAGE);
    return get(path, Set.copyOf(all), handler);
  }
}
