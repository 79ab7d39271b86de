package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.time.TimeExpression;

/** Anything that finds time expressions in a text, given its creation date. */
@FunctionalInterface
interface TimeTagger {
  List<TimeExpression> find(String text, LocalDate created);
}
