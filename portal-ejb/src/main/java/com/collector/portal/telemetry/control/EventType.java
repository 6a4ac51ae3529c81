package com.collector.portal.telemetry.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of events a Collector reports, by their wire names. */
public enum EventType {
  SESSION_START,
  SESSION_END,
  EXTRACTION_RUN,
  APP_ERROR,
  UPDATE_RESULT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<EventType> ofWire(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
  }
}
