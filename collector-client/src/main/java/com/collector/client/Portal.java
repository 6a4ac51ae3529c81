package com.collector.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP calls to the portal's Collector API with the JDK client. */
final class Portal {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final HttpClient http;

  Portal(URI base) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  /** POSTs a JSON body, with a bearer token when not null and extra header pairs. */
  HttpResponse<String> post(String path, String json, String token, String... headers)
      throws IOException {
    return call("POST", path, json, token, headers);
  }

  /**
   * Sends {@code method} to {@code path} with a JSON body (none when null), a bearer token when not
   * null and extra header pairs; answers the reply whatever its status.
   */
  HttpResponse<String> call(
      String method, String path, String json, String token, String... headers) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return call(request, token, headers);
  }

  /**
   * POSTs JSON bytes (encoded as the headers say, e.g. {@code Content-Encoding: gzip}) over
   * HTTP/1.1, with a bearer token and extra header pairs. HTTP/1.1 as a Collector's .NET client
   * speaks it: one connection per sending thread, no h2c upgrade attempt on plain HTTP.
   */
  HttpResponse<String> postBytes(String path, byte[] json, String token, String... headers)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    return call(request, token, headers);
  }

  private HttpResponse<String> call(HttpRequest.Builder request, String token, String... headers)
      throws IOException {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs {@code path} as text; anything but 200 fails. */
  String get(String path) {
    try {
      HttpResponse<String> reply =
          send(
              HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 200) {
        throw new PortalException("GET " + path, reply.statusCode(), reply.body());
      }
      return reply.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GETs {@code path} as a stream, from byte {@code from} on when positive. */
  HttpResponse<InputStream> download(String path, String token, long from) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (from > 0) {
      request.header("Range", "bytes=" + from + "-");
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted: " + request.uri());
    }
  }
}
