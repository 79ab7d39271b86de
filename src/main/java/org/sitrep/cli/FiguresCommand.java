package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.figures.Chart;
import org.sitrep.figures.Ledger;
import org.sitrep.figures.ThreadFilter;
import org.sitrep.figures.IncidentLine;
import org.sitrep.figures.ThreadLine;
import org.sitrep.figures.ThreadView;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code sitrep figures}: the figures ledger, one line per thread, or one thread's history. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    subcommands = {FiguresSplitCommand.class, FiguresMergeCommand.class},
    description = {"The figures ledger: claims about one quantity grouped into threads.",
        "Each thread shows the latest range, the claimants, the flags (disputed, stale, revised)"
            + " and the last date.",
        "Give a THREAD_ID for its history by claimant; --plot draws it; --incidents puts"
            + " each strike's figures on one line."})
final class FiguresCommand implements Callable<Integer> {
  /** A thread id or a prefix of one: "F" and at least four hex digits. */
  static final String THREAD_ID = "F[0-9a-f]{4,}";

  @Mixin DbOption db;
  @Mixin TableOptions output;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT|THREAD_ID",
      description = "A thread id (or unique prefix) for its history; else only threads whose subject"
          + " or measure contains TEXT.")
  String text;

  @Option(names = "--actor", paramLabel = "ID", description = "Only threads about or claimed by this actor.")
  String actor;

  @Option(names = "--measure", paramLabel = "M", description = "Only this measure, e.g. killed.")
  String measure;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only this kind: total, increment, incident (one strike or barrage), rate or snapshot.")
  String kind;

  @Option(names = "--since", paramLabel = "DATE", converter = QueryDate.class,
      description = "Only threads with a claim on or after DATE.")
  LocalDate since;

  @Option(names = "--as-of", paramLabel = "DATE", converter = QueryDate.class,
      description = "Measure staleness from DATE (default: the newest article's date).")
  LocalDate asOf;

  @Option(names = "--stale-days", paramLabel = "N", defaultValue = "" + ThreadFilter.STALE_DAYS,
      description = "A thread with no claim for N days is stale (default: ${DEFAULT-VALUE}).")
  int staleDays;

  @Option(names = "--incidents",
      description = "One line per incident (a strike, attack or night's barrage): its day, place and"
          + " every figure counted of it, killed, wounded and weapons side by side.")
  boolean incidents;

  @Option(names = "--plot", paramLabel = "FILE.svg|FILE.png",
      description = "Draw the thread's estimates over time, one series per claimant.")
  Path plot;

  @Override
  public Integer call() throws Exception {
    if (staleDays < 0) throw new ParameterException(output.spec.commandLine(), "--stale-days must be 0 or more");
    if (kind != null && !ThreadFilter.KINDS.contains(kind.toLowerCase(java.util.Locale.ROOT))) {
      throw new ParameterException(output.spec.commandLine(), "--kind must be one of " + String.join(", ", ThreadFilter.KINDS));
    }
    ThreadFilter filter = new ThreadFilter(null, actor, measure, kind, since, asOf, staleDays);
    try (Store store = db.openExisting(); Ledger ledger = Ledger.open(db.location())) {
      ledger.sync();
      Optional<ThreadView> view = text == null || !text.matches(THREAD_ID) ? Optional.empty()
          : ledger.resolve(text).flatMap(id -> ledger.thread(id, filter));
      if (view.isPresent()) return history(view.get());
      var f = new ThreadFilter(text, actor, measure, kind, since, asOf, staleDays);
      if (incidents) return incidents(ledger.incidents(f));
      List<ThreadLine> lines = ledger.threads(f);
      if (plot != null) {
        if (lines.size() != 1) {
          throw new ParameterException(output.spec.commandLine(), "--plot draws one thread: "
              + lines.size() + " match; give a THREAD_ID");
        }
        return history(ledger.thread(lines.get(0).id(), filter).orElseThrow());
      }
      int limit = output.limit();
      if (limit > 0 && lines.size() > limit) lines = lines.subList(0, limit);
      return output.print(lines, FiguresTable::threads);
    }
  }

  private int incidents(List<IncidentLine> lines) {
    if (plot != null) throw new ParameterException(output.spec.commandLine(), "--plot draws one thread, not incidents");
    if (kind != null && !kind.equalsIgnoreCase("incident")) {
      throw new ParameterException(output.spec.commandLine(), "--incidents lists incidents: leave out --kind " + kind);
    }
    int limit = output.limit();
    if (limit > 0 && lines.size() > limit) lines = lines.subList(0, limit);
    return output.print(lines, FiguresTable::incidents);
  }

  private int history(ThreadView view) throws Exception {
    if (plot != null) Chart.write(view, plot);
    PrintWriter out = output.spec.commandLine().getOut();
    if (output.json) {
      out.println(org.sitrep.record.RecordJson.toPrettyJson(view));
    } else {
      FiguresTable.header(view, out);
      if (output.csv) {
        FiguresTable.history(view).printCsv(out);
      } else {
        FiguresTable.history(view).printText(out, TableLayout.terminalWidth());
      }
    }
    if (plot != null && !output.json) out.println("plot: " + plot);
    out.flush();
    return 0;
  }
}
