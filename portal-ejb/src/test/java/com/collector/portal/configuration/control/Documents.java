package com.collector.portal.configuration.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** JSON test documents written with single quotes. */
final class Documents {

  private Documents() {}

  static JsonObject json(String singleQuoted) {
    try (JsonReader reader =
        Leaves.JSON.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
      return reader.readObject();
    }
  }
}
