package com.collector.portal.telemetry.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of events a Collector reports, by their wire names. */
public enum EventType {
  SESSION_START,
  SESSION_END,
  EXTRACTION_RUN,
  APP_ERROR,
  UPDATE_RESULT;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  public String wireName() {
    return wireName;
  }

  private static final Map<String, EventType> BY_WIRE_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, t -> t));

  static Optional<EventType> ofWire(String name) {
    return Optional.ofNullable(name == null ? null : BY_WIRE_NAME.get(name));
  }
}
