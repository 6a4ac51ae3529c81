package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.control.SecretValues;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** Stored JSON text shown to someone: a sealed secret only as its mask. */
final class Masking {

  private static final JsonProvider JSON = JsonProvider.provider();

  private Masking() {}

  static JsonValue value(String text) {
    return text == null ? null : mask(parse(text));
  }

  static JsonValue mask(JsonValue value) {
    return value != null && SecretValues.isSealed(value) ? SecretValues.masked(value) : value;
  }

  static JsonValue parse(String text) {
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
