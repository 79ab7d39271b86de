package org.sitrep.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.store.LedgerStore.Entry;

/** Names the claims of a split: full ids from "ARTICLEPREFIX#ORD" as the history prints them. */
final class Splits {
  private Splits() {}

  static List<String> claimIds(List<Entry> entries, List<String> wanted) {
    TreeSet<String> out = new TreeSet<>();
    for (String w : wanted) {
      int hash = w.lastIndexOf('#');
      if (hash < 1) throw new IllegalArgumentException("a claim is ARTICLE#ORD, not " + w);
      String prefix = w.substring(0, hash);
      String ord = w.substring(hash + 1);
      List<String> hits = new ArrayList<>();
      for (Entry e : entries) {
        if (e.articleId().startsWith(prefix) && String.valueOf(e.ord()).equals(ord)) hits.add(e.claimId());
      }
      if (hits.size() != 1) {
        throw new IllegalArgumentException(hits.isEmpty() ? "claim " + w + " is not in this thread"
            : "claim " + w + " is ambiguous");
      }
      out.add(hits.get(0));
    }
    if (out.size() == entries.size()) throw new IllegalArgumentException("a split must leave claims behind");
    return List.copyOf(out);
  }

  static Map<String, String> to(List<String> claimIds, String thread) {
    Map<String, String> out = new LinkedHashMap<>();
    claimIds.forEach(id -> out.put(id, thread));
    return out;
  }
}
