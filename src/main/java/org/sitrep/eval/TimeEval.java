package org.sitrep.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.time.TimeExpression;

/**
 * Scores a time tagger on a directory of TimeML files (searched recursively; a file name seen twice
 * is read once, since TBAQ repeats one TimeBank file in its test folder), resolving each document
 * against its creation time.
 */
public final class TimeEval {
  private final List<TimeMlDocument> documents;

  private TimeEval(List<TimeMlDocument> documents) {
    this.documents = documents;
  }

  /** Reads every .tml file under {@code dir}. */
  public static TimeEval load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("not a directory: " + dir);
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".tml"))
          .sorted()
          .forEach(p -> files.putIfAbsent(p.getFileName().toString(), p));
    }
    if (files.isEmpty()) throw new IOException("no .tml files under " + dir);
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path p : files.values()) docs.add(TimeMlDocument.read(p));
    return new TimeEval(docs);
  }

  public int size() {
    return documents.size();
  }

  /**
   * Runs the tagger over every document; {@code diffs} receives every miss, false hit and wrong
   * value.
   */
  TimeScore run(TimeTagger tagger, List<String> diffs) {
    TimeScore total = TimeScore.ZERO;
    for (TimeMlDocument doc : documents) {
      long t0 = cpuNanos();
      List<TimeExpression> found = tagger.find(doc.text(), doc.created());
      long nanos = cpuNanos() - t0;
      total = total.plus(score(doc, found, nanos, diffs));
    }
    return total;
  }

  /** CPU time of this thread, so that other processes on a shared machine do not count. */
  private static long cpuNanos() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported()
        ? bean.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  static TimeScore score(
      TimeMlDocument doc, List<TimeExpression> found, long nanos, List<String> diffs) {
    List<TimeExpression> gold = doc.gold();
    Set<Long> goldSpans = new HashSet<>();
    for (TimeExpression g : gold) goldSpans.add(span(g));
    int strict = 0;
    for (TimeExpression s : found) if (goldSpans.remove(span(s))) strict++;
    boolean[] used = new boolean[gold.size()];
    int relaxed = 0;
    int values = 0;
    int types = 0;
    for (TimeExpression s : found) {
      int g = firstOverlap(gold, used, s);
      if (g < 0) {
        diffs.add(line(doc, "false hit", s, null));
        continue;
      }
      used[g] = true;
      relaxed++;
      TimeExpression ge = gold.get(g);
      if (ge.value().equals(s.value())) values++;
      else diffs.add(line(doc, "wrong value", s, ge));
      if (ge.type().equals(s.type())) types++;
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g]) diffs.add(line(doc, "miss", null, gold.get(g)));
    }
    return new TimeScore(gold.size(), found.size(), strict, relaxed, values, types, nanos, 1);
  }

  private static int firstOverlap(List<TimeExpression> gold, boolean[] used, TimeExpression s) {
    for (int g = 0; g < gold.size(); g++) {
      TimeExpression ge = gold.get(g);
      if (!used[g] && ge.start() < s.end() && s.start() < ge.end()) return g;
    }
    return -1;
  }

  private static long span(TimeExpression e) {
    return ((long) e.start() << 32) | e.end();
  }

  private static String line(
      TimeMlDocument doc, String kind, TimeExpression system, TimeExpression gold) {
    StringBuilder b =
        new StringBuilder(doc.name())
            .append(" (")
            .append(doc.created())
            .append(") ")
            .append(kind)
            .append(':');
    if (system != null)
      b.append(" found \"")
          .append(flat(system.text()))
          .append("\" ")
          .append(system.type())
          .append(' ')
          .append(system.value());
    if (gold != null)
      b.append(" gold \"")
          .append(flat(gold.text()))
          .append("\" ")
          .append(gold.type())
          .append(' ')
          .append(gold.value());
    return b.toString();
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
