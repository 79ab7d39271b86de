package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Merges the copies of one item across the outlets that carried one story. */
final class StoryGroups {
  private StoryGroups() {}

  /**
   * Keeps the first row of each key (rows come newest first) and gives it every outlet of the
   * group; stops after {@code limit} groups when the limit is positive.
   */
  static <T> List<T> group(List<T> rows, Function<T, String> key, Function<T, String> outlet,
      BiFunction<T, List<String>, T> withOutlets, int limit) {
    Map<String, T> first = new LinkedHashMap<>();
    Map<String, Set<String>> outlets = new LinkedHashMap<>();
    for (T row : rows) {
      String k = key.apply(row);
      first.putIfAbsent(k, row);
      String o = outlet.apply(row);
      Set<String> all = outlets.computeIfAbsent(k, x -> new LinkedHashSet<>());
      if (o != null) all.add(o);
    }
    List<T> out = new ArrayList<>();
    for (Map.Entry<String, T> e : first.entrySet()) {
      if (limit > 0 && out.size() >= limit) break;
      out.add(withOutlets.apply(e.getValue(), List.copyOf(outlets.get(e.getKey()))));
    }
    return out;
  }
}
