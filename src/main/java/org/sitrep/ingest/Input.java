package org.sitrep.ingest;

/**
 * Raw bytes of one input before extraction.
 *
 * @param path the file path as given, or "-" for standard input, or null for a URL
 * @param url the URL it was fetched from, or null
 * @param bytes the content, already gunzipped
 * @param contentType the HTTP Content-Type header, or null
 * @param problem why the input could not be read (too large, unreadable, fetch failed), or null;
 *     extraction turns it into a rejected article with this reason
 */
public record Input(String path, String url, byte[] bytes, String contentType, String problem) {

  public Input {
    bytes = bytes == null ? new byte[0] : bytes;
  }

  public Input(String path, String url, byte[] bytes, String contentType) {
    this(path, url, bytes, contentType, null);
  }

  /** An input that could not be read; the batch goes on and records it as rejected. */
  public static Input failed(String path, String url, String problem) {
    return new Input(path, url, new byte[0], null, problem);
  }

  /** Where this input came from, for messages. */
  public String name() {
    return url != null ? url : path;
  }

  public boolean failed() {
    return problem != null;
  }
}
