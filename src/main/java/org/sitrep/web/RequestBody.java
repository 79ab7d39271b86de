package org.sitrep.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to the limit: a declared Content-Length over it is refused before
 * reading, and a chunked body is cut off as soon as it passes the limit. Either way: 413.
 */
final class RequestBody {
  private RequestBody() {}

  static byte[] read(Context ctx, long limit) {
    if (ctx.contentLength() > limit) throw Problem.tooLarge(limit);
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) throw Problem.tooLarge(limit);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw Problem.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  /** The before-handler for every request: a declared body over the limit is refused at once. */
  static void refuseDeclaredOverLimit(Context ctx, long limit) {
    if (ctx.contentLength() > limit) throw Problem.tooLarge(limit);
  }
}
