package com.collector.portal.installrequests.control;

import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the members of one JSON object by type, noting each value of the wrong type under its path
 * instead of failing at the first, so one answer lists every fault.
 */
final class JsonFields {

  private final JsonObject object;
  private final String path;
  private final List<FieldError> errors;

  JsonFields(JsonObject object, String path) {
    this(object, path, new ArrayList<>());
  }

  private JsonFields(JsonObject object, String path, List<FieldError> errors) {
    this.object = object;
    this.path = path;
    this.errors = errors;
  }

  List<FieldError> errors() {
    return List.copyOf(errors);
  }

  String text(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString text) {
      return checked(at(name), text.getString());
    }
    return wrong(at(name), "must be text");
  }

  Long id(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException tooLarge) {
        // Beyond a long, longValue() keeps the low bits: some other row.
        return wrong(at(name), "is out of range");
      }
    }
    return wrong(at(name), "must be a whole number");
  }

  Integer integer(String name) {
    Long value = id(name);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      return wrong(at(name), "is out of range");
    }
    return value == null ? null : value.intValue();
  }

  Boolean bool(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    return wrong(at(name), "must be true or false");
  }

  /** A list of texts; null elements stay null for the checks to name. */
  List<String> texts(String name) {
    JsonArray array = array(name);
    if (array == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue element = array.get(i);
      if (element instanceof JsonString text) {
        texts.add(checked(at(name) + "[" + i + "]", text.getString()));
      } else if (element == JsonValue.NULL) {
        texts.add(null);
      } else {
        wrong(at(name) + "[" + i + "]", "must be text");
      }
    }
    return texts;
  }

  List<LocalDate> dates(String name) {
    List<String> texts = texts(name);
    if (texts == null) {
      return null;
    }
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        dates.add(texts.get(i) == null ? null : LocalDate.parse(texts.get(i)));
      } catch (DateTimeParseException e) {
        wrong(at(name) + "[" + i + "]", "must be a date (yyyy-mm-dd)");
      }
    }
    return dates;
  }

  <T> T object(String name, Function<JsonFields, T> reader) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonObject member) {
      return reader.apply(new JsonFields(member, at(name), errors));
    }
    return wrong(at(name), "must be an object");
  }

  <T> List<T> objects(String name, Function<JsonFields, T> reader) {
    JsonArray array = array(name);
    if (array == null) {
      return null;
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String elementPath = at(name) + "[" + i + "]";
      if (array.get(i) instanceof JsonObject member) {
        items.add(reader.apply(new JsonFields(member, elementPath, errors)));
      } else {
        wrong(elementPath, "must be an object");
      }
    }
    return items;
  }

  /** Notes every member not in {@code known}. */
  void only(String... known) {
    List<String> names = Arrays.asList(known);
    object.keySet().stream()
        .filter(key -> !names.contains(key))
        .sorted()
        .forEach(key -> wrong(at(key), "is not a known answer"));
  }

  private JsonArray array(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    return wrong(at(name), "must be a list");
  }

  /** The member, or null when it is absent or JSON null. */
  private JsonValue value(String name) {
    JsonValue value = object.get(name);
    return value == null || value == JsonValue.NULL ? null : value;
  }

  /** The text, or null and noted when it holds NUL, which PostgreSQL cannot store in text. */
  private String checked(String field, String text) {
    return text.indexOf('\u0000') < 0 ? text : wrong(field, "must not contain the NUL character");
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private <T> T wrong(String field, String message) {
    errors.add(new FieldError(field, message));
    return null;
  }
}
