package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Rows.ActorRow;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep actors}: who is mentioned, how often, first and last seen. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "List actors with their mentions, articles, first and last seen.")
final class ActorsCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin TableOptions output;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
      description = "Only actors whose id or name contains TEXT.")
  String text;

  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      return output.print(store.actors(text, output.limit()), ActorsCommand::table);
    }
  }

  static Table table(List<ActorRow> rows) {
    Table t = new Table(Table.Column.of("ID", 16), Table.Column.flex("NAME"), Table.Column.of("KIND", 12),
        Table.Column.of("COUNTRY", 7), Table.Column.of("MENTIONS", 8), Table.Column.of("ARTICLES", 8),
        Table.Column.of("FIRST SEEN", 10), Table.Column.of("LAST SEEN", 10));
    for (ActorRow r : rows) {
      t.add(r.id(), r.name(), r.kind(), r.country(), r.mentions(), r.articles(), r.firstSeen(), r.lastSeen());
    }
    return t;
  }
}
