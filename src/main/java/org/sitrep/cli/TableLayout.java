package org.sitrep.cli;

import java.util.List;

/** Column widths: each column as wide as its widest cell up to its cap; flexible ones share the rest. */
final class TableLayout {
  private TableLayout() {}

  /** The widths for rows whose cells are already on one line ({@link Table#oneLine}). */
  static int[] widths(List<Table.Column> columns, List<String[]> rows, int width, int gap) {
    int[] widths = new int[columns.size()];
    int fixed = gap * (columns.size() - 1);
    int flexible = 0;
    for (int i = 0; i < widths.length; i++) {
      widths[i] = natural(i, columns.get(i).header(), rows);
      int max = columns.get(i).max();
      if (max > 0) {
        widths[i] = Math.min(widths[i], Math.max(max, columns.get(i).header().length()));
        fixed += widths[i];
      } else {
        flexible++;
      }
    }
    if (flexible == 0) return widths;
    int share = Math.max(Table.MIN_FLEX, (width - fixed) / flexible);
    for (int i = 0; i < widths.length; i++) {
      if (columns.get(i).max() <= 0) widths[i] = Math.min(widths[i], share);
    }
    return widths;
  }

  private static int natural(int column, String header, List<String[]> rows) {
    int w = header.length();
    for (String[] row : rows) w = Math.max(w, row[column].length());
    return w;
  }

  /** The terminal width from $COLUMNS, or the default. */
  static int terminalWidth() {
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? Table.DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return Table.DEFAULT_WIDTH;
    }
  }
}
