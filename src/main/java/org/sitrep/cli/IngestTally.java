package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.store.PutResult;

/** The counts and times of one ingest run, and the summary printed at its end. */
final class IngestTally {
  int analysed;
  int alreadyStored;
  final Map<PutResult, Integer> puts = new TreeMap<>();
  final Map<String, Integer> rejected = new TreeMap<>();
  final Map<String, Integer> failed = new TreeMap<>();
  long analysisNanos;
  long analysisCpuNanos;
  long storeNanos;
  long storeCpuNanos;
  /** Whether the figures ledger was regrouped as articles were stored (its time is then printed). */
  boolean regrouped;
  long ledgerNanos;
  long ledgerCpuNanos;

  void put(PutResult result) {
    analysed++;
    puts.merge(result, 1, Integer::sum);
  }

  void rejected(String reason) {
    rejected.merge(kind(reason), 1, Integer::sum);
  }

  void failed(String stage) {
    failed.merge(stage == null ? "unknown" : stage, 1, Integer::sum);
  }

  void worked(IngestStep step) {
    analysisNanos += step.nanos();
    if (step.cpuNanos() > 0) analysisCpuNanos += step.cpuNanos();
  }

  int puts(PutResult r) {
    return puts.getOrDefault(r, 0);
  }

  /** Articles of this run that are in the store now: written, matched or found there already. */
  int inStore() {
    return analysed + alreadyStored;
  }

  int attempted() {
    return analysed + alreadyStored + sum(rejected) + sum(failed);
  }

  void print(PrintWriter out, String where, double elapsedSeconds) {
    out.printf(Locale.ROOT, "ingested %d inputs into %s in %s%n", attempted(), where, clock(elapsedSeconds));
    row(out, "analysed", analysed, "");
    row(out, "stored", puts(PutResult.STORED) + puts(PutResult.NEAR_DUPLICATE_LINKED),
        puts(PutResult.UPDATED) > 0 ? "(" + puts(PutResult.UPDATED) + " updated to this analysis)" : "");
    row(out, "duplicates", puts(PutResult.DUPLICATE), "(same URL or text, not written again)");
    row(out, "near-duplicates", puts(PutResult.NEAR_DUPLICATE_LINKED), "(linked to a stored story)");
    row(out, "already stored", alreadyStored, "(skipped)");
    row(out, "rejected", sum(rejected), breakdown(rejected));
    row(out, "failed", sum(failed), breakdown(failed));
    out.printf(Locale.ROOT, "time: analysis %.2f s (CPU %.2f s), store %.2f s (CPU %.2f s)%s%n",
        analysisNanos / 1e9, analysisCpuNanos / 1e9, storeNanos / 1e9, storeCpuNanos / 1e9,
        analysisNanos == 0 ? "" : String.format(Locale.ROOT, ": the store adds %.1f%%", 100.0 * storeNanos / analysisNanos));
    if (regrouped) {
      out.printf(Locale.ROOT, "time: figures ledger %.3f s (CPU %.3f s): regrouping adds %.2f%% to ingest (CPU %.2f%%)%n",
          ledgerNanos / 1e9, ledgerCpuNanos / 1e9, percent(ledgerNanos, analysisNanos + storeNanos),
          percent(ledgerCpuNanos, analysisCpuNanos + storeCpuNanos));
    }
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static void row(PrintWriter out, String label, int n, String note) {
    out.printf(Locale.ROOT, "  %-16s %6d%s%n", label, n, note.isEmpty() ? "" : "  " + note).flush();
  }

  private static String breakdown(Map<String, Integer> counts) {
    if (counts.isEmpty()) return "";
    StringBuilder b = new StringBuilder("(");
    counts.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(v));
    return b.append(')').toString();
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The kind of a rejection: its reason with URLs blanked, up to the first ": "
   * ("too short: 12 words" -> "too short"; "cannot fetch http://a/b: HTTP 404" -> "cannot fetch URL").
   */
  static String kind(String reason) {
    if (reason == null || reason.isBlank()) return "unknown";
    String r = URL.matcher(reason).replaceAll("URL");
    int colon = r.indexOf(": ");
    return (colon > 0 ? r.substring(0, colon) : r).strip();
  }

  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z+.-]*://\\S*?(?=:\\s|\\s|$)");

  /** "1:05:03", "4:07" or "0:09". */
  static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
