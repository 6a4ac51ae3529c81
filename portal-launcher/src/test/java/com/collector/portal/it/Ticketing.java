package com.collector.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/** Opens and works tickets through the API for the ticket tests. */
final class Ticketing {

  static final String TICKETS = "/api/v1/tickets";

  private final Api api;

  Ticketing(Api api) {
    this.api = api;
  }

  Api.Reply open(long customerId, String subject, String token) {
    return api.post(
        TICKETS,
        "{\"customerId\":%d,\"subject\":%s,\"description\":\"It stopped.\",\"category\":\"support\"}"
            .formatted(customerId, Api.quote(subject)),
        token);
  }

  /** Opens a ticket and answers its number. */
  long opened(long customerId, String subject, String token) {
    Api.Reply reply = open(customerId, subject, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return number(reply.json());
  }

  JsonObject get(long number, String token) {
    Api.Reply reply = api.get(TICKETS + "/" + number, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  Api.Reply comment(long number, String body, boolean internal, String token) {
    return api.post(
        TICKETS + "/" + number + "/entries",
        "{\"body\":%s,\"internal\":%s}".formatted(Api.quote(body), internal),
        token);
  }

  Api.Reply move(long number, String to, String token) {
    return api.post(TICKETS + "/" + number + "/moves", "{\"to\":\"" + to + "\"}", token);
  }

  Api.Reply step(long number, String description, boolean internal, String token) {
    return api.post(
        TICKETS + "/" + number + "/plan",
        "{\"description\":%s,\"internal\":%s}".formatted(Api.quote(description), internal),
        token);
  }

  Api.Reply progress(long number, long stepId, String status, String token) {
    return api.put(
        TICKETS + "/" + number + "/plan/" + stepId, "{\"status\":\"" + status + "\"}", token);
  }

  /** The bodies of the timeline entries the holder of {@code token} sees. */
  List<String> timeline(long number, String token) {
    return get(number, token).getJsonArray("timeline").stream()
        .map(JsonObject.class::cast)
        .map(e -> e.getString("body", ""))
        .toList();
  }

  static long number(JsonObject ticket) {
    JsonObject t = ticket.containsKey("ticket") ? ticket.getJsonObject("ticket") : ticket;
    return t.getJsonNumber("number").longValue();
  }
}
