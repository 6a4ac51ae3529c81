package com.collector.portal.configuration.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/** Stores a JSON object as its text. */
@Converter
public class JsonDocumentConverter implements AttributeConverter<JsonObject, String> {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(JsonObject document) {
    return document == null ? null : document.toString();
  }

  @Override
  public JsonObject convertToEntityAttribute(String text) {
    if (text == null) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
