package com.collector.portal.installations.entity;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Stores plugin id → version as a JSON object in a text column, ids sorted. */
@Converter
public class PluginVersionsConverter implements AttributeConverter<Map<String, String>, String> {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public String convertToDatabaseColumn(Map<String, String> plugins) {
    if (plugins == null) {
      return null;
    }
    JsonObjectBuilder object = JSON.createObjectBuilder();
    new TreeMap<>(plugins).forEach(object::add);
    return object.build().toString();
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String json) {
    Map<String, String> plugins = new TreeMap<>();
    if (json == null || json.isBlank()) {
      return plugins;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      reader
          .readObject()
          .forEach((id, version) -> plugins.put(id, ((JsonString) version).getString()));
    }
    return plugins;
  }
}
