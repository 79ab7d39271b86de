package org.sitrep.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles, and the LSH bands that index them, so that syndicated
 * copies of one wire story with small edits can be found without a full scan.
 *
 * <p>With {@value #BANDS} bands of {@value #ROWS} rows, two texts whose shingle sets have Jaccard
 * similarity 0.7 share at least one band bucket with probability about 0.99, and texts at 0.3 only
 * about 0.12; candidates are then checked against {@link #SAME_STORY}.
 */
final class MinHash {
  /** Words per shingle: three words make one changed word disturb only three shingles. */
  static final int SHINGLE = 3;
  static final int BANDS = 16;
  static final int ROWS = 4;
  static final int SIZE = BANDS * ROWS;
  /**
   * Estimated Jaccard similarity from which two articles are one story. Wire copies with a new
   * headline, a dateline or a trimmed sentence score 0.8 to 0.95; distinct reports of the same
   * event share names and phrases but score below 0.4.
   */
  static final double SAME_STORY = 0.7;
  /** Below this many shingles an estimate is noise: such short texts are never linked. */
  static final int MIN_SHINGLES = 8;

  private MinHash() {}

  /** The signature of a text, or null when the text is too short to compare. */
  static long[] signature(String text) {
    List<Long> shingles = shingles(text);
    if (shingles.size() < MIN_SHINGLES) return null;
    long[] sig = new long[SIZE];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        long h = mix(shingle ^ (0x9E3779B97F4A7C15L * (i + 1)));
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** The fraction of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
    return same / (double) SIZE;
  }

  /** One bucket per band: the hash of that band's rows. */
  static long[] buckets(long[] sig) {
    long[] buckets = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = mix(h * 31 + sig[b * ROWS + r]);
      buckets[b] = h;
    }
    return buckets;
  }

  static byte[] toBytes(long[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(SIZE * Long.BYTES);
    for (long v : sig) buf.putLong(v);
    return buf.array();
  }

  static long[] fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != SIZE * Long.BYTES) return null;
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] sig = new long[SIZE];
    for (int i = 0; i < SIZE; i++) sig[i] = buf.getLong();
    return sig;
  }

  private static List<Long> shingles(String text) {
    String[] words = text == null ? new String[0]
        : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) if (!w.isEmpty()) kept.add(w);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      out.add(hash(String.join(" ", kept.subList(i, i + SHINGLE))));
    }
    return out;
  }

  /** 64-bit FNV-1a over the UTF-16 units of a string. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The SplitMix64 finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
