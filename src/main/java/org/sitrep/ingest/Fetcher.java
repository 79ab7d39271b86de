package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one http or https page: connect and response timeouts, a size cap, redirects followed by
 * hand up to a limit, and a clear user agent. Every failure is a one-line message naming the URL.
 */
final class Fetcher {
  private final InputOptions options;
  private final java.util.function.Predicate<String> accepts;
  private final String acceptHeader;
  private final String kind;
  private final AddressGuard guard;
  private HttpClient client;

  Fetcher(InputOptions options) {
    this(options, Fetcher::isPage, "text/html,application/xhtml+xml,text/plain;q=0.8", "HTML");
  }

  /**
   * A fetcher for other content, such as feeds: {@code accepts} judges the Content-Type and
   * {@code kind} names the expected content in messages ("not a feed").
   */
  Fetcher(InputOptions options, java.util.function.Predicate<String> accepts, String acceptHeader,
      String kind) {
    this(options, accepts, acceptHeader, kind,
        options.privateAddresses() ? AddressGuard.any() : AddressGuard.publicOnly());
  }

  /** For tests: a guard with its own rules and resolver. */
  Fetcher(InputOptions options, java.util.function.Predicate<String> accepts, String acceptHeader,
      String kind, AddressGuard guard) {
    this.guard = guard;
    this.options = options;
    this.accepts = accepts;
    this.acceptHeader = acceptHeader;
    this.kind = kind;
  }

  /** The page, or a failed input whose problem says what went wrong. */
  Input fetchOrFail(String url) {
    try {
      return fetch(url);
    } catch (InputException e) {
      return Input.failed(null, url, e.getMessage());
    }
  }

  Input fetch(String url) {
    String current = url;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      URI uri = parse(current, url);
      guard.check(uri.getHost(), url);
      HttpResponse<InputStream> response = send(uri, url);
      if (!guard.allowsAll()) proxyProblem(response, url);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        current = location(response, uri, url);
        continue;
      }
      return body(response, url, current);
    }
    throw new InputException("cannot fetch " + url + ": more than " + options.maxRedirects()
        + " redirects");
  }

  private URI parse(String current, String url) {
    try {
      URI uri = URI.create(current);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new InputException("cannot fetch " + url + ": only http and https URLs are supported");
      }
      if (uri.getHost() == null) throw new InputException("cannot fetch " + url + ": no host");
      return uri;
    } catch (IllegalArgumentException e) {
      throw new InputException("cannot fetch " + url + ": malformed URL");
    }
  }

  private HttpResponse<InputStream> send(URI uri, String url) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.readTimeout())
        .header("User-Agent", InputOptions.USER_AGENT)
        .header("Accept", acceptHeader).GET().build();
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new InputException("cannot fetch " + url + ": timed out");
    } catch (UnknownHostException e) {
      throw new InputException("cannot fetch " + url + ": unknown host " + uri.getHost());
    } catch (ConnectException e) {
      throw new InputException("cannot fetch " + url + ": connection refused or unreachable");
    } catch (IOException e) {
      String why = Inputs.oneLine(e);
      if (why.contains("Unable to tunnel")) {
        why = "the address guard refused the host or could not reach it (" + why + ")";
      }
      throw new InputException("cannot fetch " + url + ": " + why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("cannot fetch " + url + ": interrupted");
    }
  }

  /** The guard's proxy refused the host or could not reach it (plain http; https fails in send). */
  private static void proxyProblem(HttpResponse<InputStream> response, String url) {
    Optional<String> problem = response.headers().firstValue(GuardedProxy.PROBLEM_HEADER);
    if (problem.isEmpty()) return;
    close(response);
    String text = problem.get();
    String prefix = "cannot fetch " + url + ": ";
    throw new InputException(text.startsWith(prefix) ? text : prefix + text);
  }

  private String location(HttpResponse<?> response, URI uri, String url) {
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty()) {
      throw new InputException("cannot fetch " + url + ": redirect without a Location");
    }
    return uri.resolve(location.get().trim()).toString();
  }

  private Input body(HttpResponse<InputStream> response, String url, String finalUrl) {
    int status = response.statusCode();
    if (status != 200) {
      close(response);
      throw new InputException("cannot fetch " + url + ": HTTP " + status);
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!accepts.test(type)) {
      close(response);
      throw new InputException("cannot fetch " + url + ": not " + kind + " (content type " + type + ")");
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > options.maxBytes()) {
      close(response);
      throw new InputException("cannot fetch " + url + ": " + options.tooLarge(declared));
    }
    InputStream in = response.body();
    // The request timeout covers the headers only: close the body when the time is up, so a server
    // that trickles bytes forever cannot hang the batch.
    AtomicBoolean late = new AtomicBoolean();
    CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> {
      late.set(true);
      close(response);
    }, CompletableFuture.delayedExecutor(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    try (in) {
      byte[] bytes = CappedRead.of(in, options.maxBytes());
      if (late.get()) throw new InputException("cannot fetch " + url + ": timed out");
      if (bytes == null) {
        throw new InputException("cannot fetch " + url + ": too large (limit "
            + options.maxBytes() / InputOptions.MEGABYTE + " MB)");
      }
      return new Input(null, finalUrl, bytes, type);
    } catch (IOException e) {
      if (late.get()) throw new InputException("cannot fetch " + url + ": timed out");
      throw new InputException("cannot fetch " + url + ": " + Inputs.oneLine(e));
    } finally {
      deadline.cancel(false);
    }
  }

  static boolean isPage(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml")
        || type.startsWith("text/plain");
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // the connection is discarded either way
    }
  }

  /** The HTTP client; a guarded one connects through the guard's {@link GuardedProxy}. */
  private synchronized HttpClient client() {
    if (client == null) {
      HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
          .followRedirects(HttpClient.Redirect.NEVER);
      if (!guard.allowsAll()) builder.proxy(ProxySelector.of(GuardedProxy.of(guard).address()));
      client = builder.build();
    }
    return client;
  }
}
