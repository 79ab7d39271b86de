package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Queries;
import org.sitrep.store.Rows.QuoteRow;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep quotes}: quotations with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List quotations with their speaker, outlets and date.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin DbOption db;
  @Mixin TableOptions output;
  @Mixin PeriodOptions period;

  @Option(names = "--speaker", paramLabel = "ID|TEXT",
      description = "Only quotes by this actor id, or whose speaker contains TEXT.")
  String speaker;


  @Override
  public Integer call() {
    try (Store store = db.openExisting()) {
      return output.print(store.quotes(new Queries.Quotes(speaker, period.since, period.until, output.limit())),
          QuotesCommand::table);
    }
  }

  static Table table(List<QuoteRow> rows) {
    Table t = new Table(Table.Column.of("DATE", 10), Table.Column.of("SPEAKER", 28),
        Table.Column.of("ACTOR", 12), Table.Column.flex("QUOTE"), Table.Column.of("OUTLETS", 24),
        Table.Column.id("ARTICLE"));
    for (QuoteRow r : rows) {
      t.add(r.date(), r.speaker(), r.speakerActor(), r.text(), String.join(", ", r.outlets()), r.articleId());
    }
    return t;
  }
}
