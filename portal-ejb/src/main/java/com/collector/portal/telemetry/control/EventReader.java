package com.collector.portal.telemetry.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one event of a batch: the common members (id, type, time) and those of its type, each
 * checked; a broken rule refuses this event alone, naming the member and the rule.
 */
public final class EventReader {

  /** How far ahead of the portal's clock a Collector's clock may run. */
  static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  private static final Set<String> RUN_RESULTS = Set.of("success", "failure", "partial");
  private static final int TEXT = 200;
  private static final int LONG_TEXT = 2_000;
  private static final int STACK = 16_000;

  /** An event that could not be taken, and why. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String member, String rule) {
      super(member + " " + rule, null, false, false);
    }
  }

  private final Instant now;
  private final Instant oldest;

  /** Events are taken from {@code oldest} up to a day past {@code now}. */
  public EventReader(Instant now, Instant oldest) {
    this.now = now;
    this.oldest = oldest;
  }

  public TelemetryEvent read(EventBatch.Raw raw) throws Refused {
    Map<String, Object> event = raw.members();
    if (event == null) {
      throw new Refused("event", "must be a JSON object");
    }
    String json = raw.json();
    String id = text(event, "id", 64, true);
    if (!isId(id)) {
      throw new Refused("id", "must be 1-64 characters of A-Z a-z 0-9 . _ : -");
    }
    String typeName = text(event, "type", 32, true);
    EventType type =
        EventType.ofWire(typeName)
            .orElseThrow(() -> new Refused("type", "is not a known event type: " + typeName));
    Instant occurredAt = time(event);
    return switch (type) {
      case SESSION_START -> sessionStart(event, id, occurredAt, json);
      case SESSION_END ->
          event(id, type, occurredAt, null, null, number(event, "durationMs"), json);
      case EXTRACTION_RUN -> run(event, id, occurredAt, json);
      case APP_ERROR -> appError(event, id, occurredAt, json);
      case UPDATE_RESULT -> update(event, id, occurredAt, json);
    };
  }

  private TelemetryEvent sessionStart(Map<String, Object> event, String id, Instant at, String json)
      throws Refused {
    Map<String, String> plugins = new TreeMap<>();
    Object listed = event.get("plugins");
    if (listed != null) {
      if (!(listed instanceof Map<?, ?> object) || object.size() > 200) {
        throw new Refused("plugins", "must be an object of at most 200 plugin id to version");
      }
      for (Map.Entry<?, ?> plugin : object.entrySet()) {
        String name = (String) plugin.getKey();
        if (!isPluginId(name)
            || !(plugin.getValue() instanceof String version)
            || version.length() > 32) {
          throw new Refused("plugins." + name, "must be a plugin id and its version");
        }
        plugins.put(name, version);
      }
    }
    return new TelemetryEvent(
        id,
        EventType.SESSION_START,
        at,
        null,
        null,
        text(event, "appVersion", 32, true),
        null,
        null,
        null,
        null,
        plugins,
        text(event, "os", 100, false),
        text(event, "dotnetVersion", 32, false),
        null,
        json);
  }

  private TelemetryEvent run(Map<String, Object> event, String id, Instant at, String json)
      throws Refused {
    String plugin = plugin(event, "plugin");
    String result = text(event, "result", 16, true);
    if (!RUN_RESULTS.contains(result)) {
      throw new Refused("result", "must be success, failure or partial");
    }
    text(event, "sourceSystem", TEXT, false);
    text(event, "company", TEXT, false);
    text(event, "period", 32, false);
    text(event, "errorMessage", LONG_TEXT, false);
    return new TelemetryEvent(
        id,
        EventType.EXTRACTION_RUN,
        at,
        plugin,
        result,
        null,
        number(event, "rows"),
        number(event, "bytes"),
        number(event, "durationMs"),
        text(event, "errorCode", 100, false),
        null,
        null,
        null,
        null,
        json);
  }

  private TelemetryEvent appError(Map<String, Object> event, String id, Instant at, String json)
      throws Refused {
    String type = text(event, "exceptionType", 300, true);
    String message = text(event, "message", LONG_TEXT, false);
    String frames = Fingerprints.topFrames(text(event, "stackTrace", STACK, false));
    TelemetryEvent.AppError error =
        new TelemetryEvent.AppError(Fingerprints.of(type, frames), type, frames, message);
    return new TelemetryEvent(
        id,
        EventType.APP_ERROR,
        at,
        null,
        null,
        text(event, "appVersion", 32, false),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        error,
        json);
  }

  private TelemetryEvent update(Map<String, Object> event, String id, Instant at, String json)
      throws Refused {
    String target = text(event, "target", 64, true);
    if (!"app".equals(target) && !isPluginId(target)) {
      throw new Refused("target", "must be app or a plugin id");
    }
    if (!(event.get("success") instanceof Boolean success)) {
      throw new Refused("success", "is required: true or false");
    }
    text(event, "fromVersion", 32, false);
    text(event, "toVersion", 32, false);
    text(event, "error", LONG_TEXT, false);
    return event(
        id,
        EventType.UPDATE_RESULT,
        at,
        "app".equals(target) ? null : target,
        success ? "success" : "failure",
        number(event, "durationMs"),
        json);
  }

  private static TelemetryEvent event(
      String id,
      EventType type,
      Instant at,
      String plugin,
      String result,
      Long duration,
      String json) {
    return new TelemetryEvent(
        id, type, at, plugin, result, null, null, null, duration, null, null, null, null, null,
        json);
  }

  private Instant time(Map<String, Object> event) throws Refused {
    String text = text(event, "occurredAt", 40, true);
    Instant at;
    try {
      at = IsoInstants.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused("occurredAt", "must be an ISO-8601 instant, e.g. 2026-12-03T10:15:30Z");
    }
    if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new Refused("occurredAt", "lies more than a day in the future");
    }
    if (at.isBefore(oldest)) {
      throw new Refused("occurredAt", "is older than the telemetry kept (" + oldest + ")");
    }
    return at;
  }

  private static String plugin(Map<String, Object> event, String member) throws Refused {
    String plugin = text(event, member, 64, true);
    if (!isPluginId(plugin)) {
      throw new Refused(member, "must be a plugin id");
    }
    return plugin;
  }

  private static String text(Map<String, Object> event, String member, int max, boolean required)
      throws Refused {
    Object value = event.get(member);
    if (value == null) {
      if (required) {
        throw new Refused(member, "is required");
      }
      return null;
    }
    if (!(value instanceof String string)) {
      throw new Refused(member, "must be a string");
    }
    if (string.length() > max) {
      throw new Refused(member, "is longer than " + max + " characters");
    }
    if (string.indexOf('\u0000') >= 0) {
      throw new Refused(member, "must not contain the NUL character"); // PostgreSQL text cannot
    }
    return string;
  }

  private static Long number(Map<String, Object> event, String member) throws Refused {
    Object value = event.get(member);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Long number) || number < 0) {
      throw new Refused(member, "must be a whole number of at least 0");
    }
    return number;
  }

  /**
   * {@code [A-Za-z0-9._:-]{1,64}}, checked by hand: every event has an id, and a regular
   * expression's character classes cost more here than storing the event does.
   */
  static boolean isId(String text) {
    int length = text.length();
    if (length == 0 || length > 64) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!(isLowerOrDigit(c)
          || c >= 'A' && c <= 'Z'
          || c == '.'
          || c == '_'
          || c == ':'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9][a-z0-9.-]{0,63}}, checked by hand as {@link #isId} is. */
  static boolean isPluginId(String text) {
    int length = text.length();
    if (length == 0 || length > 64 || !isLowerOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!(isLowerOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
