package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.ClaimRow;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep claims}: figures with their claimant, outlets, date and evidence sentence. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"List figures (claims) with claimant, outlets, date and evidence sentence.",
        "A story carried by several outlets counts once, with every outlet listed."})
final class ClaimsCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin TableOptions output;
  @Mixin PeriodOptions period;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
      description = "Only figures whose subject or evidence sentence contains TEXT.")
  String text;

  @Option(names = "--actor", paramLabel = "ID", description = "Only figures claimed by or about this actor.")
  String actor;

  @Option(names = "--measure", paramLabel = "M", description = "Only this measure, e.g. killed.")
  String measure;



  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      var query = new Queries.Claims(text, actor, measure, period.since, period.until, output.limit());
      return output.print(store.claims(query), ClaimsCommand::table);
    }
  }

  static Table table(List<ClaimRow> rows) {
    Table t = new Table(Table.Column.of("DATE", 10), Table.Column.of("MEASURE", 10),
        Table.Column.of("FIGURE", 18), Table.Column.of("SUBJECT", 14), Table.Column.of("CLAIMANT", 22),
        Table.Column.of("OUTLETS", 20), Table.Column.flex("EVIDENCE"), Table.Column.id("ARTICLE"));
    for (ClaimRow r : rows) {
      t.add(r.date(), r.measure(), figure(r.qualifier(), r.low(), r.high(), r.unit()), r.subject(),
          r.claimant(), String.join(", ", r.outlets()), r.evidence(), r.articleId());
    }
    return t;
  }

  /** "at least 4", "10,000-12,000 troops", "112 drones". */
  static String figure(String qualifier, Double low, Double high, String unit) {
    String range;
    if (low != null && high != null && !low.equals(high)) {
      range = number(low) + "-" + number(high);
    } else {
      range = number(low != null ? low : high);
    }
    StringBuilder b = new StringBuilder();
    if (qualifier != null && !qualifier.isBlank()) b.append(qualifier).append(' ');
    b.append(range);
    if (unit != null && !unit.isBlank()) b.append(' ').append(unit);
    return b.toString().strip();
  }

  static String number(Double v) {
    if (v == null) return "";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", v.longValue());
    return String.format(Locale.ROOT, "%,.2f", v);
  }
}
