package org.sitrep.ingest;

/** Bad input arguments (a missing file, a directory without articles): a one-line message. */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
