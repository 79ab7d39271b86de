package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.EventRow;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events}: PLOVER events with actors, recipients and evidence. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List PLOVER events with actors, recipients, outlets and evidence.")
final class EventsCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin TableOptions output;
  @Mixin PeriodOptions period;

  @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER event type, e.g. ASSAULT.")
  String type;

  @Option(names = "--actor", paramLabel = "ID", description = "Only events with this actor or recipient.")
  String actor;



  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      var query = new Queries.Events(type, actor, period.since, period.until, output.limit());
      return output.print(store.events(query), EventsCommand::table);
    }
  }

  static Table table(List<EventRow> rows) {
    Table t = new Table(Table.Column.of("DATE", 10), Table.Column.of("TYPE", 12),
        Table.Column.of("MODE", 12), Table.Column.of("ACTORS", 20), Table.Column.of("RECIPIENTS", 20),
        Table.Column.of("PLACE", 16), Table.Column.of("OUTLETS", 24), Table.Column.flex("EVIDENCE"),
        Table.Column.id("ARTICLE"));
    for (EventRow r : rows) {
      t.add(r.date(), r.type(), r.mode(), String.join(", ", r.actors()), String.join(", ", r.recipients()),
          r.place(), String.join(", ", r.outlets()), r.evidence(), r.articleId());
    }
    return t;
  }
}
