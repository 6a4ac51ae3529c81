package com.collector.portal.subscriptions.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** Stores a list of plugin ids as a JSON array in a text column (ids may hold any character). */
@Converter
public class PluginListConverter implements AttributeConverter<List<String>, String> {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(List<String> ids) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    if (ids != null) {
      ids.forEach(array::add);
    }
    return array.build().toString();
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}
