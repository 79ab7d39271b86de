package org.sitrep.claims;

/** A quantity being assembled around a number, token indices throughout. Not thread-safe. */
final class QuantityDraft {
  final NumberExpression first;
  NumberExpression second;
  /** First and last (exclusive) token of the number or range, "between"/"from" included. */
  int valueFirst;
  int valueLast;
  int amountFirst;
  int quantityFirst;
  /** Exclusive end token of the number and trailing qualifier ("or more"). */
  int boundLast;
  /** Exclusive end token of the whole quantity, unit included when it is part of the amount. */
  int quantityLast;
  /** Exclusive end token of everything read, counted noun and rate included. */
  int consumed;
  double low;
  double high;
  String qualifier = "exact";
  String unit;
  String per;
  boolean currency;
  boolean measure;
  boolean noun;

  QuantityDraft(NumberExpression first) {
    this.first = first;
    valueFirst = first.first();
    valueLast = first.last();
    amountFirst = valueFirst;
    quantityFirst = valueFirst;
    boundLast = valueLast;
    quantityLast = valueLast;
    consumed = valueLast;
    low = first.low();
    high = first.high();
    if (first.vague()) qualifier = "vague";
  }

  boolean range() {
    return second != null;
  }

  /** Extends the bound and quantity ends to at least {@code last}. */
  void bound(int last) {
    boundLast = Math.max(boundLast, last);
    quantityLast = Math.max(quantityLast, last);
    consumed = Math.max(consumed, last);
  }

  /** Makes {@code [from, last)} the unit of the amount. */
  void unitInSpan(String name, int last) {
    unit = name;
    quantityLast = Math.max(quantityLast, last);
    consumed = Math.max(consumed, last);
  }
}
