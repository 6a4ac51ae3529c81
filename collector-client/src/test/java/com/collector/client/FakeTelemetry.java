package com.collector.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The portal's {@code POST /api/collector/v1/telemetry} for unit tests: checks the batch as the
 * protocol says (400, 413, 415), refuses events without a valid id, known type or instant, counts a
 * replayed id as a duplicate, and answers 429 as often as told.
 */
final class FakeTelemetry implements HttpHandler {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Set<String> TYPES =
      Set.of("session_start", "session_end", "extraction_run", "app_error", "update_result");

  /** What each request carried: its {@code Content-Encoding} (null when none) and event count. */
  record Received(String encoding, int events, byte[] body) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  final Set<String> stored = ConcurrentHashMap.newKeySet();
  final AtomicInteger throttled = new AtomicInteger();

  /** How many requests to answer 429 before serving, and the {@code Retry-After} they carry. */
  volatile int throttle;

  volatile String retryAfter = "0";

  /** How many requests to answer 401, as for an expired token. */
  volatile int unauthorized;

  /** When set, every batch is answered with this status and a problem document. */
  volatile int refuseWith;

  @Override
  public synchronized void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    if (unauthorized > 0
        || !"Bearer tok".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      unauthorized = Math.max(0, unauthorized - 1);
      FakePortal.send(exchange, 401, "text/plain", new byte[0]);
      return;
    }
    if (throttle > 0) {
      throttle--;
      throttled.incrementAndGet();
      received.add(new Received(encoding, -1, body));
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
      problem(exchange, 429, "Over the installation's telemetry quota");
      return;
    }
    if (!"application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      problem(exchange, 415, "Not JSON");
      return;
    }
    String json;
    try (InputStream in =
        "gzip".equals(encoding)
            ? new GZIPInputStream(new ByteArrayInputStream(body))
            : new ByteArrayInputStream(body)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<?> events;
    try {
      events = (List<?>) Json.object(json).get("events");
    } catch (IllegalArgumentException | ClassCastException e) {
      problem(exchange, 400, "Malformed batch");
      return;
    }
    received.add(new Received(encoding, events == null ? 0 : events.size(), body));
    if (refuseWith != 0 || events == null || events.size() > 1000 || json.length() > 1_000_000) {
      problem(exchange, refuseWith != 0 ? refuseWith : events == null ? 400 : 413, "Refused");
      return;
    }
    answer(exchange, events);
  }

  private void answer(HttpExchange exchange, List<?> events) throws IOException {
    int accepted = 0;
    int duplicates = 0;
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Map<?, ?> event = (Map<?, ?>) events.get(i);
      String reason = reason(event);
      if (reason != null) {
        rejected.add(
            "{\"index\":%d,\"id\":%s,\"reason\":%s}"
                .formatted(
                    i,
                    event.get("id") instanceof String id ? Json.quote(id) : "null",
                    Json.quote(reason)));
      } else if (stored.add((String) event.get("id"))) {
        accepted++;
      } else {
        duplicates++;
      }
    }
    FakePortal.send(
        exchange,
        202,
        "application/json",
        "{\"accepted\":%d,\"duplicates\":%d,\"rejected\":[%s]}"
            .formatted(accepted, duplicates, String.join(",", rejected))
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String reason(Map<?, ?> event) {
    if (!(event.get("id") instanceof String id) || !ID.matcher(id).matches()) {
      return "id: 1 to 64 of A-Z a-z 0-9 . _ : -";
    }
    if (!TYPES.contains(event.get("type"))) {
      return "type: unknown " + event.get("type");
    }
    try {
      Instant.parse(String.valueOf(event.get("occurredAt")));
      return null;
    } catch (DateTimeParseException e) {
      return "occurredAt: not an ISO-8601 instant";
    }
  }

  private static void problem(HttpExchange exchange, int status, String title) throws IOException {
    FakePortal.send(
        exchange,
        status,
        "application/problem+json",
        "{\"status\":%d,\"title\":%s}"
            .formatted(status, Json.quote(title))
            .getBytes(StandardCharsets.UTF_8));
  }
}
