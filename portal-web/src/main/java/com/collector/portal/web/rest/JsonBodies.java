package com.collector.portal.web.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.web.problems.MalformedBodyException;
import com.collector.portal.web.problems.WebApplicationExceptionMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The one reading of the API's JSON bodies, for both readers ({@link JsonObjectBodyReader}, {@link
 * RecordBodyReader}): a body that is missing, malformed, of another shape than an object ({@code
 * []}, {@code "text"}, {@code 42}) or that does not fit the record is a 400 naming {@code body}; a
 * text holding NUL, which PostgreSQL cannot store, a 400 naming its member ({@code customer.name},
 * {@code plugins[0]}). Jersey's own JSON-P reader handed a method declaring a JsonObject whatever
 * structure came, and the call failed with an HTML 500.
 */
public final class JsonBodies {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonBodies() {}

  /**
   * The {@code body} as a JSON object without NUL in any text; null when it is empty and the
   * parameter's {@code annotations} hold {@link OptionalBody}.
   */
  public static JsonObject object(InputStream body, Annotation[] annotations) throws IOException {
    byte[] bytes = body.readAllBytes();
    if (optional(annotations) && new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    return object(bytes);
  }

  /** {@code bytes} as a JSON object without NUL in any text (the servlets' bodies). */
  public static JsonObject object(byte[] bytes) {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new MalformedBodyException("is required: a JSON object");
    }
    JsonValue value;
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(bytes))) {
      parser.next();
      value = parser.getValue();
      if (parser.hasNext()) { // a reader would ignore what follows the first value
        throw new MalformedBodyException("holds more than one JSON value");
      }
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw new MalformedBodyException(
          "is not valid JSON: " + WebApplicationExceptionMapper.rootMessage(e));
    }
    if (!(value instanceof JsonObject object)) {
      throw new MalformedBodyException("must be a JSON object");
    }
    refuseNul(object, "");
    return object;
  }

  /** The {@code body} bound to the input record {@code type}; null as {@link #object}. */
  public static Object record(InputStream body, Type type, Annotation[] annotations)
      throws IOException {
    JsonObject object = object(body, annotations);
    if (object == null) {
      return null;
    }
    try {
      return JsonBinding.jsonb().fromJson(object.toString(), type);
    } catch (JsonbException e) {
      throw new MalformedBodyException(
          "does not fit this call: " + WebApplicationExceptionMapper.rootMessage(e));
    }
  }

  private static boolean optional(Annotation[] annotations) {
    return annotations != null
        && Arrays.stream(annotations).anyMatch(a -> a.annotationType() == OptionalBody.class);
  }

  /** Member names and texts alike: a NUL would fail later, deep in the database, as a 500. */
  private static void refuseNul(JsonValue value, String path) {
    if (value instanceof JsonString text) {
      if (text.getString().indexOf('\u0000') >= 0) {
        throw new InvalidInputException(path, "must not contain the NUL character");
      }
    } else if (value instanceof JsonObject object) {
      object.forEach(
          (name, member) -> {
            String at = path.isEmpty() ? name : path + "." + name;
            if (name.indexOf('\u0000') >= 0) {
              throw new InvalidInputException(
                  path.isEmpty() ? "body" : path, "must not contain the NUL character");
            }
            refuseNul(member, at);
          });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        refuseNul(array.get(i), path + "[" + i + "]");
      }
    }
  }
}
