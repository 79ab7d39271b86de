package org.sitrep.web;

/** The server could not start: the message is one line that says why and what to do. */
public final class ServeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
