package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for a person (aligned columns, long cells cut to fit the terminal) or for a spreadsheet
 * (CSV, nothing cut).
 */
final class Table {
  /** Width used when the terminal does not say ($COLUMNS). */
  static final int DEFAULT_WIDTH = 140;
  /** A flexible column never gets narrower than this, even on a narrow terminal. */
  static final int MIN_FLEX = 24;
  private static final String GAP = "  ";
  private static final String CUT = "...";

  /**
   * A column: its header, the most characters a cell shows in text (0 for a share of the rest),
   * and whether a long cell is cut without a mark (ids: a prefix is still a usable id).
   */
  record Column(String header, int max, boolean bare) {
    static Column of(String header, int max) {
      return new Column(header, max, false);
    }

    static Column flex(String header) {
      return new Column(header, 0, false);
    }

    /** An article id: {@value #ID_WIDTH} characters in text, enough for {@code sitrep show}. */
    static Column id(String header) {
      return new Column(header, ID_WIDTH, true);
    }
  }

  static final int ID_WIDTH = 12;

  private final List<Column> columns;
  private final List<String[]> rows = new ArrayList<>();

  Table(Column... columns) {
    this.columns = List.of(columns);
  }

  Table add(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size());
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) row[i] = cells[i] == null ? "" : cells[i].toString();
    rows.add(row);
    return this;
  }

  int size() {
    return rows.size();
  }

  void printText(PrintWriter out, int width) {
    int[] widths = TableLayout.widths(columns, rows, width, GAP.length());
    out.println(line(headers(), widths).stripTrailing());
    for (String[] row : rows) out.println(line(row, widths).stripTrailing());
  }

  void printCsv(PrintWriter out) {
    out.println(csv(headers()));
    for (String[] row : rows) out.println(csv(row));
  }

  private String[] headers() {
    return columns.stream().map(Column::header).toArray(String[]::new);
  }

  private String line(String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) b.append(GAP);
      String one = oneLine(cells[i]);
      String cell = columns.get(i).bare() && one.length() > widths[i] ? one.substring(0, widths[i])
          : fit(one, widths[i]);
      b.append(cell).append(" ".repeat(widths[i] - cell.length()));
    }
    return b.toString();
  }

  static String oneLine(String cell) {
    return cell.replaceAll("\\s+", " ").strip();
  }

  static String fit(String cell, int width) {
    if (cell.length() <= width) return cell;
    if (width <= CUT.length()) return cell.substring(0, width);
    return cell.substring(0, width - CUT.length()).stripTrailing() + CUT;
  }

  private static String csv(String[] cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) b.append(',');
      String c = cells[i];
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      b.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return b.toString();
  }
}
