package org.sitrep.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of a listing: the items, where it starts, and the link to the next page (null on the
 * last page). The next link repeats the request's filters with the offset moved on.
 */
record Page<T>(List<T> items, int limit, int offset, String next) {

  /** The page out of {@code rows}, which hold the rows up to offset + limit + 1 (or fewer). */
  static <T> Page<T> of(Context ctx, Params params, List<T> rows) {
    int limit = params.limit();
    int offset = params.offset();
    int from = Math.min(offset, rows.size());
    int to = Math.min(offset + limit, rows.size());
    boolean more = rows.size() > offset + limit;
    return new Page<>(List.copyOf(rows.subList(from, to)), limit, offset,
        more ? link(ctx.path(), ctx.queryParamMap(), "offset", offset + limit) : null);
  }

  /** The request's path and parameters with {@code name} set to {@code value}; parameters sorted, values encoded. */
  static String link(String path, Map<String, List<String>> query, String name, int value) {
    Map<String, String> params = new TreeMap<>();
    query.forEach((k, v) -> {
      if (!v.isEmpty()) params.put(k, v.get(0));
    });
    params.put(name, Integer.toString(value));
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return b.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
