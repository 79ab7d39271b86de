package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableTest {
  private static String text(Table t, int width) {
    StringWriter out = new StringWriter();
    t.printText(new PrintWriter(out, true), width);
    return out.toString();
  }

  @Test
  void columnsAlignAndLongCellsAreCut() {
    Table t = new Table(Table.Column.of("A", 5), Table.Column.flex("TEXT"))
        .add("x", "short")
        .add("abcdefgh", "a much longer cell than the width allows for this table");
    assertEquals("A      TEXT\nx      short\nab...  a much longer cell than the...\n", text(t, 38));
  }

  @Test
  void cellsAreOnOneLine() {
    assertEquals("a b c", Table.oneLine("  a\n\tb   c \r\n"));
    assertEquals("", Table.oneLine(" \n "));
    String clean = "already one line";
    assertSame(clean, Table.oneLine(clean));
    Table t = new Table(Table.Column.flex("TEXT"), Table.Column.of("B", 3)).add("two\nlines", "x");
    assertEquals("TEXT       B\ntwo lines  x\n", text(t, 80));
  }

  @Test
  void idsAreCutWithoutAMark() {
    Table t = new Table(Table.Column.id("ID")).add("0123456789abcdef0123");
    assertEquals("ID\n0123456789ab\n", text(t, 80));
  }

  @Test
  void csvQuotesCommasQuotesAndNewlines() {
    Table t = new Table(Table.Column.of("A", 3), Table.Column.of("B", 3)).add("x,y", "say \"hi\"\nnow");
    StringWriter out = new StringWriter();
    t.printCsv(new PrintWriter(out, true));
    assertEquals("A,B\n\"x,y\",\"say \"\"hi\"\"\nnow\"\n", out.toString());
  }

  @Test
  void figuresReadNaturally() {
    assertEquals("at least 4 people", ClaimsCommand.figure("at least", 4.0, null, "people"));
    assertEquals("10,000-12,000 troops", ClaimsCommand.figure(null, 10000.0, 12000.0, "troops"));
    assertEquals("2.50", ClaimsCommand.figure(null, 2.5, 2.5, null));
  }
}
