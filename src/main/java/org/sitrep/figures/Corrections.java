package org.sitrep.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.LedgerStore.Correction;

/**
 * The user's corrections, applied to a computed thread id: a split sends named claims to a new
 * thread; a merge sends every claim of one thread to another (followed in chains).
 */
final class Corrections {
  static final String SPLIT = "split";
  static final String MERGE = "merge";
  /** A merge chain longer than this is a cycle the user made; it stops where it is. */
  private static final int MAX_CHAIN = 64;

  private final Map<String, String> splitByClaim = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();

  Corrections(List<Correction> corrections) {
    for (Correction c : corrections) {
      if (SPLIT.equals(c.action())) {
        c.claims().forEach(claim -> splitByClaim.put(claim, c.target()));
      } else if (MERGE.equals(c.action())) {
        mergedInto.put(c.thread(), c.target());
      }
    }
  }

  String thread(String computed, String claimId) {
    String thread = splitByClaim.getOrDefault(claimId, computed);
    for (int i = 0; i < MAX_CHAIN && mergedInto.containsKey(thread); i++) {
      String next = mergedInto.get(thread);
      if (next.equals(thread)) break;
      thread = next;
    }
    return thread;
  }
}
