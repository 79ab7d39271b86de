package org.sitrep.eval;

import java.util.List;
import org.sitrep.claims.Quantity;
import org.sitrep.claims.QuantityParser;
import org.sitrep.claims.QuantityReading;

/**
 * A quantity found by a system under test, in the shape the matcher needs.
 *
 * @param start where its qualifier begins (or the amount when there is none)
 * @param end where its unit ends
 * @param amountStart where the amount begins after the qualifier (currency sign included)
 * @param valueStart where the number or range begins
 * @param valueEnd where the number or range ends
 * @param boundEnd where number and trailing qualifier end ("500 or more")
 * @param kind PLAIN (no unit, or a counted noun), CURRENCY or MEASURE (measures, percent, time)
 */
record QuantityFound(
    int start, int end, int amountStart, int valueStart, int valueEnd, int boundEnd, double low,
    double high, String qualifier, String unit, Kind kind) {

  enum Kind { PLAIN, CURRENCY, MEASURE }

  boolean range() {
    return low < high && !"vague".equals(qualifier);
  }

  boolean bound() {
    return qualifier.equals("more_than") || qualifier.equals("at_least")
        || qualifier.equals("less_than") || qualifier.equals("at_most");
  }

  /** Finds quantities in a sentence: sitrep's parser or a reference tool. */
  interface Finder {
    List<QuantityFound> find(String text);
  }

  /** sitrep's {@link QuantityParser}. */
  static Finder sitrep() {
    QuantityParser parser = new QuantityParser();
    return text -> parser.readings(text).stream().map(QuantityFound::of).toList();
  }

  private static QuantityFound of(QuantityReading r) {
    Quantity q = r.quantity();
    Kind kind = Kind.PLAIN;
    if (r.amountStart() < r.valueStart() || QuantityParser.isCurrency(q.unit())) {
      kind = Kind.CURRENCY;
    } else if (q.end() > r.boundEnd()) {
      kind = Kind.MEASURE;
    }
    return new QuantityFound(q.start(), q.end(), r.amountStart(), r.valueStart(), r.valueEnd(),
        r.boundEnd(), q.low(), q.high(), q.qualifier(), q.unit(), kind);
  }
}
