package org.sitrep.nlp;

/**
 * CoreNLP's tokenizer reads a single closing mark run into a double one ("‘traitors,’”") as one
 * token that the parser cannot place, and the whole sentence's parse goes wrong. The text it
 * tokenizes has the inner mark blanked instead; the marks stay in the text the annotation keeps.
 */
final class QuotePairs {
  private QuotePairs() {}

  /** The text with the inner mark of each run of two closing marks blanked; the same length. */
  static String split(String text) {
    if (text.indexOf('’') < 0) return text;
    char[] out = null;
    for (int i = 0; i + 1 < text.length(); i++) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      // the first mark closes the inner quotation; the second, the quotation the speaker follows
      if (!(a == '’' && b == '”' || a == '”' && b == '’')) continue;
      if (out == null) out = text.toCharArray();
      out[i] = ' ';
    }
    return out == null ? text : new String(out);
  }
}
