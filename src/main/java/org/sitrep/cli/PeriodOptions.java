package org.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --since} and {@code --until}, shared by the query commands; both bounds are inclusive. */
final class PeriodOptions {
  @Option(names = "--since", paramLabel = "DATE", converter = QueryDate.class,
      description = "Only articles published on or after DATE (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", converter = QueryDate.class,
      description = "Only articles published on or before DATE.")
  LocalDate until;
}
