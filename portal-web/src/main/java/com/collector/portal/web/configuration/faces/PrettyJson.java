package com.collector.portal.web.configuration.faces;

import com.collector.portal.configuration.control.Leaves;
import com.collector.portal.configuration.control.SecretValues;
import com.collector.portal.platform.boundary.InvalidInputException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** JSON as the configuration pages show and read it: indented, a secret as "set, changed …". */
final class PrettyJson {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Map<String, Object> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

  private PrettyJson() {}

  static String of(JsonObject document) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = JSON.createWriterFactory(PRETTY).createWriter(out)) {
      writer.writeObject(document);
    }
    return out.toString().strip();
  }

  /** The object typed into an editor; 400 naming {@code field} (with the line) when it is none. */
  static JsonObject parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw new InvalidInputException(
          field, "is not valid JSON (line " + e.getLocation().getLineNumber() + ")");
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException(field, "must be one JSON object");
    }
  }

  static JsonValue at(JsonObject document, String path) {
    return Leaves.at(document, path);
  }

  /** A value in one line; a masked secret as its changed time, nothing of its value. */
  static String shown(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof JsonValue json && SecretValues.isMasked(json)) {
      return "•••••• (" + SecretValues.changedAt(json) + ")";
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    return value.toString();
  }
}
