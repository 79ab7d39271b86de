package org.sitrep.web;

/**
 * An HTTP error with a one-line detail, thrown by a handler and rendered by {@link Problems} as
 * {@code {"title", "status", "detail"}} (RFC 9457, application/problem+json).
 */
final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON body. */
  record Body(String title, int status, String detail) {}

  private final int status;
  private final String title;

  Problem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad Request", detail);
  }

  static Problem unauthorized(String detail) {
    return new Problem(401, "Unauthorized", detail);
  }

  static Problem forbidden(String detail) {
    return new Problem(403, "Forbidden", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not Found", detail);
  }

  static Problem tooLarge(long limit) {
    return new Problem(413, "Content Too Large", "the request body is larger than the limit of "
        + limit + " bytes");
  }

  static Problem unsupportedType(String type) {
    return new Problem(415, "Unsupported Media Type", "cannot ingest content type '" + type
        + "': send text/html, text/plain or application/json with {\"url\"}, {\"html\"} or {\"text\"}");
  }

  static Problem unprocessable(String detail) {
    return new Problem(422, "Unprocessable Content", detail);
  }

  int status() {
    return status;
  }

  Body body() {
    return new Body(title, status, getMessage());
  }
}
