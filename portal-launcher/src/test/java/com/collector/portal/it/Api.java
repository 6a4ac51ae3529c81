package com.collector.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the portal's JSON API. */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final java.util.function.Function<String, java.net.URI> uris;

  public Api(PortalServer server) {
    this(server::uri);
  }

  /** For a portal other than the shared one: {@code uris} resolves a path against it. */
  public Api(java.util.function.Function<String, java.net.URI> uris) {
    this.uris = uris;
  }

  /** A response with its body parsed when it is JSON. */
  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    /** The field names of a problem's errors, comma-separated. */
    public String problemFields() {
      JsonObject problem = json();
      if (!problem.containsKey("errors")) {
        return "";
      }
      return String.join(
          ",",
          problem.getJsonArray("errors").stream()
              .map(e -> e.asJsonObject().getString("field"))
              .toList());
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Reply post(String path, String json, String token) {
    return send(request(path, token).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply put(String path, String json, String token) {
    return send(request(path, token).header("Content-Type", "application/json").PUT(body(json)));
  }

  /** POSTs raw bytes announced as {@code contentType} (a file upload). */
  public Reply postBytes(String path, String contentType, byte[] body, String token) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** GETs a binary answer as it came. */
  public HttpResponse<byte[]> getBytes(String path, String token) {
    try {
      return CLIENT.send(
          request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Any request with extra headers given as name, value, name, value… ({@code If-Match} and the
   * like); {@code json} may be null for none.
   */
  public Reply send(String method, String path, String json, String token, String... headers) {
    HttpRequest.Builder builder = request(path, token);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    if (json != null) {
      builder.header("Content-Type", "application/json");
    }
    return send(builder.method(method, body(json)));
  }

  public Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uris.apply(path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return json == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json);
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body(),
          response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string literal. */
  public static String quote(String value) {
    return value == null ? "null" : Json.createValue(value).toString();
  }

  public static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
