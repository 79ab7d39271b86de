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
    List<String[]> text = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      String[] one = new String[row.length];
      for (int i = 0; i < row.length; i++) one[i] = oneLine(row[i]);
      text.add(one);
    }
    int[] widths = TableLayout.widths(columns, text, width, GAP.length());
    out.println(line(headers(), widths).stripTrailing());
    for (String[] row : text) out.println(line(row, widths).stripTrailing());
  }

  void printCsv(PrintWriter out) {
    out.println(csv(headers()));
    for (String[] row : rows) out.println(csv(row));
  }

  private String[] headers() {
    return columns.stream().map(Column::header).toArray(String[]::new);
  }

  /** One line of cells already made {@link #oneLine}. */
  private String line(String[] cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) b.append(GAP);
      String one = cells[i];
      String cell = columns.get(i).bare() && one.length() > widths[i] ? one.substring(0, widths[i])
          : fit(one, widths[i]);
      b.append(cell);
      for (int pad = cell.length(); pad < widths[i]; pad++) b.append(' ');
    }
    return b.toString();
  }

  /**
   * The cell on one line: every run of whitespace one space, none at either end. Most cells are
   * already so and are returned as they are, without building a new string.
   */
  static String oneLine(String cell) {
    int n = cell.length();
    boolean clean = n == 0 || !Character.isWhitespace(cell.charAt(0))
        && !Character.isWhitespace(cell.charAt(n - 1));
    for (int i = 0; clean && i < n; i++) {
      char c = cell.charAt(i);
      clean = !Character.isWhitespace(c) || c == ' ' && !Character.isWhitespace(cell.charAt(i + 1));
    }
    if (clean) return cell;
    StringBuilder b = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
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
