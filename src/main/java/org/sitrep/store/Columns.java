package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Locale;

/** Small conversions between Java values and nullable columns. */
final class Columns {
  private Columns() {}

  static void set(PreparedStatement p, int i, Object value) throws SQLException {
    if (value == null) {
      p.setNull(i, Types.NULL);
    } else if (value instanceof Integer n) {
      p.setInt(i, n);
    } else if (value instanceof Long n) {
      p.setLong(i, n);
    } else if (value instanceof Double d) {
      p.setDouble(i, d);
    } else if (value instanceof Boolean b) {
      p.setInt(i, b ? 1 : 0);
    } else if (value instanceof byte[] bytes) {
      p.setBytes(i, bytes);
    } else {
      p.setString(i, value.toString());
    }
  }

  /** Sets every value in order, starting at parameter 1. */
  static void setAll(PreparedStatement p, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) set(p, i + 1, values[i]);
  }

  static Double getDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  /** The first ten characters of an ISO date or date-time, or null when it is not one. */
  static String day(String published) {
    if (published == null || published.length() < 10) return null;
    String day = published.substring(0, 10);
    return day.matches("\\d{4}-\\d{2}-\\d{2}") ? day : null;
  }

  /** SHA-256 of the text with runs of white space collapsed: the same story, however wrapped. */
  static String contentHash(String text) {
    String normal = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A LIKE pattern matching TEXT anywhere, case-insensitively, with % and _ taken literally. */
  static String contains(String text) {
    String escaped = text.toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
