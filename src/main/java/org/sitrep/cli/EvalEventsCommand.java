package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.EventEval;
import org.sitrep.eval.EventScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval events DIR}: PLOVER event coding on the PLOVER gold-standard sentences. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score the main event of each PLOVER gold-standard sentence.",
      "Reads gold_standard_records/PLOVER_GSR_CAMEO.txt; scores event type, actor and recipient"
          + " country."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "the PLOVER set, e.g. ../shared/bench/events/plover")
  Path dir;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--verbose",
      description = "list every miss with its sentence; with --halves, only the first half's, so the"
          + " held-out half stays unread")
  boolean verbose;

  @Option(names = "--halves", paramLabel = "SEED",
      description = "also score two fixed random halves of the set (a development half and a held-out half)")
  Long halvesSeed;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), "not a directory: " + dir);
    EventScore s = EventEval.run(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (verbose && halvesSeed == null) s.misses().forEach(m -> out.println("miss\t" + m));
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>(s.figures());
      root.put("confusion", s.confusion());
      root.put("reference", EventEval.ANCHOR);
      out.println(new ObjectMapper().writeValueAsString(root));
    } else {
      table(out, s);
    }
    if (halvesSeed != null) {
      List<EventScore> h = s.halves(halvesSeed);
      if (verbose) h.get(0).misses().forEach(m -> out.println("first-half miss\t" + m));
      out.println("first half:  " + h.get(0).figures());
      out.println("second half: " + h.get(1).figures());
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, EventScore s) {
    Map<String, Object> f = s.figures();
    out.printf(Locale.ROOT, "events: %d PLOVER gold sentences, main event of each%n", s.sentences());
    out.printf(Locale.ROOT, "event type accuracy        %.3f (%s of %d; no event %s)%n",
        s.typeAccuracy(), f.get("type_right"), s.sentences(), f.get("no_event"));
    out.printf(Locale.ROOT, "actor country accuracy     %.3f (%s of %s)%n",
        s.actorAccuracy(), f.get("actor_right"), f.get("actor_cases"));
    out.printf(Locale.ROOT, "recipient country accuracy %.3f (%s of %s)%n",
        s.recipientAccuracy(), f.get("recipient_right"), f.get("recipient_cases"));
    out.println("reference: " + EventEval.ANCHOR);
    out.println("confusion (rows gold, columns ours, - = no event):");
    out.print(s.confusionTable());
  }
}
