package org.sitrep.ingest;

/**
 * Raw bytes of one input before extraction.
 *
 * @param path the file path as given, or "-" for standard input, or null for a URL
 * @param url the URL it was fetched from, or null
 * @param bytes the content, already gunzipped
 * @param contentType the HTTP Content-Type header, or null
 */
public record Input(String path, String url, byte[] bytes, String contentType) {

  /** Where this input came from, for messages. */
  public String name() {
    return url != null ? url : path;
  }
}
