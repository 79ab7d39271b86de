package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a clause when {@code value} is present; the clause has one ? per copy of the value. */
  Where add(String clause, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) return this;
    clauses.add(clause);
    long marks = clause.chars().filter(ch -> ch == '?').count();
    for (int i = 0; i < marks; i++) params.add(value);
    return this;
  }

  /** Adds a clause with one value per ?, in order, when the first value is present. */
  Where add(String clause, Object first, Object... rest) {
    if (first == null || (first instanceof String s && s.isBlank())) return this;
    clauses.add(clause);
    params.add(first);
    params.addAll(java.util.Arrays.asList(rest));
    return this;
  }

  Where period(String dayColumn, LocalDate since, LocalDate until) {
    add(dayColumn + " >= ?", since == null ? null : since.toString());
    return add(dayColumn + " <= ?", until == null ? null : until.toString());
  }

  @Override
  public String toString() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  void bind(PreparedStatement p) throws SQLException {
    for (int i = 0; i < params.size(); i++) Columns.set(p, i + 1, params.get(i));
  }
}
