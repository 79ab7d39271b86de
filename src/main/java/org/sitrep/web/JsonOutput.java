package org.sitrep.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.sitrep.record.RecordJson;

/**
 * The API's JSON: the record format (snake_case, nulls kept), with the characters that matter to
 * HTML and to readers escaped as {@code \}{@code uXXXX}: {@code < > & '}, the line and paragraph
 * separators and the Unicode bidirectional controls. Parsed JSON is unchanged; JSON pasted into a
 * page or read in a terminal cannot open a tag or reorder the text around it.
 */
final class JsonOutput extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    for (char c : new char[] {'<', '>', '&', '\''}) ASCII[c] = ESCAPE_CUSTOM;
  }

  private JsonOutput() {}

  static ObjectMapper mapper() {
    ObjectMapper m = RecordJson.mapper().copy();
    m.getFactory().setCharacterEscapes(new JsonOutput());
    return m;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (ch < 128 || isInvisibleControl(ch)) {
      return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
    }
    return null;
  }

  /** Line/paragraph separators, bidi embeddings, overrides, isolates and marks. */
  static boolean isInvisibleControl(int ch) {
    return ch == 0x2028 || ch == 0x2029 || (ch >= 0x202a && ch <= 0x202e)
        || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200e || ch == 0x200f || ch == 0x061c;
  }
}
