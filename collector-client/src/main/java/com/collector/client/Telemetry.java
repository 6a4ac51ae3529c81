package com.collector.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Collector telemetry as the client sends it: events (one JSON object each) in batches {@code
 * {"events":[…]}} of at most {@value #BATCH_EVENTS} events and {@value #MAX_BATCH_BYTES} bytes of
 * JSON, gzipped unless told otherwise. The portal stores a batch's valid events and refuses the
 * others one by one; a replayed id counts as a duplicate, so sending a batch again is harmless. An
 * over-quota answer (429) is waited out as its {@code Retry-After} says and the batch sent again,
 * at most {@value #MAX_RETRIES} times.
 */
final class Telemetry {

  static final String PATH = "/api/collector/v1/telemetry";
  static final int BATCH_EVENTS = 500;
  static final int MAX_BATCH_EVENTS = 1000;
  static final int MAX_BATCH_BYTES = 1_000_000;
  static final int MAX_RETRIES = 5;

  /** A longer wait than this is no hiccup but a quota spent for the day: give up at once. */
  static final long MAX_WAIT_SECONDS = 60;

  private static final byte[] OPEN = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

  /** A POST of a batch body to {@link #PATH} with the installation's token. */
  interface Calls {
    HttpResponse<String> post(byte[] body, String... headers) throws IOException;
  }

  private final Calls portal;
  private volatile boolean gzip = true;

  Telemetry(Calls portal) {
    this.portal = portal;
  }

  void gzip(boolean gzip) {
    this.gzip = gzip;
  }

  boolean gzip() {
    return gzip;
  }

  /** Sends {@code events} batch by batch; rejection indexes are positions in {@code events}. */
  CollectorClient.Sent send(List<String> events) throws IOException {
    boolean gzipped = gzip;
    CollectorClient.Sent total = none();
    int from = 0;
    for (List<String> batch : batches(events, BATCH_EVENTS)) {
      total = add(total, post(body(batch, gzipped), gzipped), from);
      from += batch.size();
    }
    return total;
  }

  /**
   * Posts one batch body made by {@link #body} and answers the portal's counts, rejection indexes
   * within the batch; waits out 429s.
   */
  CollectorClient.Sent post(byte[] body, boolean gzipped) throws IOException {
    String[] headers = gzipped ? new String[] {"Content-Encoding", "gzip"} : new String[0];
    for (int retries = 0; ; retries++) {
      HttpResponse<String> reply = portal.post(body, headers);
      if (reply.statusCode() == 202) {
        return counts(reply.body(), retries);
      }
      if (reply.statusCode() != 429) {
        throw new PortalException("Telemetry", reply.statusCode(), reply.body());
      }
      long seconds = retryAfter(reply);
      if (retries == MAX_RETRIES || seconds > MAX_WAIT_SECONDS) {
        throw new PortalException(
            "Telemetry (over quota, %d retries, Retry-After %d s)".formatted(retries, seconds),
            429,
            reply.body());
      }
      try {
        Thread.sleep(seconds * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted waiting out a 429");
      }
    }
  }

  /**
   * Splits {@code events} into batches of at most {@code size} events and {@link #MAX_BATCH_BYTES}
   * bytes; an event too big on its own goes alone (and the portal answers 413).
   */
  static List<List<String>> batches(List<String> events, int size) {
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    long bytes = OPEN.length + CLOSE.length;
    for (String event : events) {
      long length = event.getBytes(StandardCharsets.UTF_8).length + 1L;
      if (!batch.isEmpty() && (batch.size() == size || bytes + length > MAX_BATCH_BYTES + 1L)) {
        batches.add(batch);
        batch = new ArrayList<>();
        bytes = OPEN.length + CLOSE.length;
      }
      batch.add(event);
      bytes += length;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** The body of a batch: {@code {"events":[…]}} in UTF-8, gzipped when {@code gzip}. */
  static byte[] body(List<String> events, boolean gzip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var out = gzip ? new GZIPOutputStream(bytes, 8192) : bytes) {
      out.write(OPEN);
      for (int i = 0; i < events.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(events.get(i).getBytes(StandardCharsets.UTF_8));
      }
      out.write(CLOSE);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not thrown
    }
    return bytes.toByteArray();
  }

  static CollectorClient.Sent none() {
    return new CollectorClient.Sent(0, 0, List.of(), 0);
  }

  /** {@code total} plus {@code batch}, whose rejection indexes are shifted by {@code from}. */
  static CollectorClient.Sent add(
      CollectorClient.Sent total, CollectorClient.Sent batch, int from) {
    List<CollectorClient.Rejection> rejected = new ArrayList<>(total.rejected());
    for (CollectorClient.Rejection rejection : batch.rejected()) {
      rejected.add(
          new CollectorClient.Rejection(
              from + rejection.index(), rejection.id(), rejection.reason()));
    }
    return new CollectorClient.Sent(
        total.accepted() + batch.accepted(),
        total.duplicates() + batch.duplicates(),
        List.copyOf(rejected),
        total.retries429() + batch.retries429());
  }

  private static CollectorClient.Sent counts(String body, int retries) throws IOException {
    Map<String, Object> answer;
    try {
      answer = Json.object(body);
    } catch (IllegalArgumentException e) {
      throw new IOException("Telemetry: the portal's answer is not JSON: " + body, e);
    }
    List<CollectorClient.Rejection> rejected =
        Json.objects(
            answer.get("rejected"),
            rejection ->
                new CollectorClient.Rejection(
                    rejection.get("index") instanceof Long index ? index.intValue() : -1,
                    rejection.get("id") instanceof String id ? id : null,
                    String.valueOf(rejection.get("reason"))));
    return new CollectorClient.Sent(
        count(answer, "accepted"), count(answer, "duplicates"), rejected, retries);
  }

  private static int count(Map<String, Object> answer, String name) throws IOException {
    if (answer.get(name) instanceof Long count && count >= 0) {
      return count.intValue();
    }
    throw new IOException("Telemetry: the portal's answer has no " + name + ": " + answer);
  }

  /** The 429's {@code Retry-After} in seconds; 1 when absent or not a number of seconds. */
  private static long retryAfter(HttpResponse<String> reply) {
    String value = reply.headers().firstValue("Retry-After").orElse("1").trim();
    try {
      return Math.max(0, Long.parseLong(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
