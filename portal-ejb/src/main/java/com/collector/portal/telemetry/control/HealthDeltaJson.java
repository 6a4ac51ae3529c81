package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.HealthDelta.Errors;
import com.collector.portal.telemetry.control.HealthDelta.Runs;
import com.collector.portal.telemetry.control.HealthDelta.Session;
import com.collector.portal.telemetry.control.IntakeCounters.Intake;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A health delta as the JSON it is stored as until it is folded into health. */
final class HealthDeltaJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private HealthDeltaJson() {}

  static String write(HealthDelta delta) {
    JsonObjectBuilder intake = JSON.createObjectBuilder();
    delta
        .intake()
        .forEach(
            (day, counts) ->
                intake.add(
                    day.toString(),
                    JSON.createArrayBuilder()
                        .add(counts.accepted())
                        .add(counts.duplicates())
                        .add(counts.rejected())
                        .add(counts.dropped())));
    JsonObjectBuilder json = JSON.createObjectBuilder().add("intake", intake);
    put(json, "lastSeen", delta.lastSeen());
    if (delta.runs() != null) {
      json.add("runs", runs(delta.runs()));
    }
    JsonObjectBuilder plugins = JSON.createObjectBuilder();
    delta.plugins().forEach((plugin, runs) -> plugins.add(plugin, runs(runs)));
    json.add("plugins", plugins);
    Session session = delta.session();
    if (session != null) {
      JsonObjectBuilder facts = JSON.createObjectBuilder();
      put(facts, "app", session.appVersion());
      put(facts, "os", session.os());
      put(facts, "dotnet", session.dotnetVersion());
      put(facts, "plugins", session.plugins());
      json.add("session", facts);
    }
    put(json, "updateFailedAt", delta.lastUpdateFailedAt());
    if (delta.updateSucceeded() != null) {
      json.add("updateSucceeded", delta.updateSucceeded());
    }
    JsonObjectBuilder errors = JSON.createObjectBuilder();
    delta.errors().forEach((fingerprint, group) -> errors.add(fingerprint, errors(group)));
    return json.add("errors", errors).build().toString();
  }

  static HealthDelta read(String text) {
    JsonObject json = JSON.createReader(new StringReader(text)).readObject();
    Map<LocalDate, Intake> intake = new TreeMap<>();
    json.getJsonObject("intake")
        .forEach(
            (day, counts) -> {
              var n = counts.asJsonArray();
              intake.put(
                  LocalDate.parse(day),
                  new Intake(
                      n.getJsonNumber(0).longValue(),
                      n.getJsonNumber(1).longValue(),
                      n.getJsonNumber(2).longValue(),
                      n.getJsonNumber(3).longValue()));
            });
    JsonObject session = json.getJsonObject("session");
    return new HealthDelta(
        instant(json, "lastSeen"),
        intake,
        json.containsKey("runs") ? runs(json.getJsonObject("runs")) : null,
        each(json.getJsonObject("plugins"), HealthDeltaJson::runs),
        session == null
            ? null
            : new Session(
                text(session, "app"),
                text(session, "os"),
                text(session, "dotnet"),
                text(session, "plugins")),
        instant(json, "updateFailedAt"),
        json.containsKey("updateSucceeded") ? json.getBoolean("updateSucceeded") : null,
        each(json.getJsonObject("errors"), HealthDeltaJson::errors));
  }

  private static JsonObjectBuilder runs(Runs runs) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("resets", runs.resetsStreak())
            .add("failures", runs.failuresInRow())
            .add("setsCode", runs.setsErrorCode());
    put(json, "last", runs.lastRunAt());
    put(json, "lastSuccess", runs.lastSuccessAt());
    put(json, "code", runs.errorCode());
    return json;
  }

  private static Runs runs(JsonObject json) {
    return new Runs(
        instant(json, "last"),
        instant(json, "lastSuccess"),
        json.getBoolean("resets"),
        json.getInt("failures"),
        json.getBoolean("setsCode"),
        text(json, "code"));
  }

  private static JsonObjectBuilder errors(Errors group) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("count", group.occurrences());
    put(json, "type", group.exceptionType());
    put(json, "frames", group.topFrames());
    put(json, "message", group.message());
    put(json, "first", group.firstSeenAt());
    put(json, "last", group.lastSeenAt());
    put(json, "app", group.appVersion());
    return json;
  }

  private static Errors errors(JsonObject json) {
    return new Errors(
        text(json, "type"),
        text(json, "frames"),
        text(json, "message"),
        instant(json, "first"),
        instant(json, "last"),
        json.getJsonNumber("count").longValue(),
        text(json, "app"));
  }

  private static <V> Map<String, V> each(JsonObject json, Function<JsonObject, V> read) {
    Map<String, V> all = new TreeMap<>();
    json.forEach((key, value) -> all.put(key, read.apply(value.asJsonObject())));
    return all;
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value == JsonValue.NULL ? null : json.getString(name);
  }

  private static Instant instant(JsonObject json, String name) {
    String value = text(json, name);
    return value == null ? null : Instant.parse(value);
  }
}
