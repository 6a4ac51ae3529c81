package com.collector.portal.configuration.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.InvalidInputException.FieldError;
import com.collector.portal.platform.control.Cron;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JakartaJsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema (2020-12) of a Collector's configuration document, checked at every write with
 * errors naming the JSON Pointer at fault; properties marked {@code writeOnly} are the secrets.
 * Thread-safe: one instance serves everyone.
 */
public final class ConfigurationSchema {

  public static final String RESOURCE = "/configuration/collector-configuration.schema.json";
  private static final int MOST_ERRORS = 20;

  private final JsonObject schema;
  private final Validator validator;
  private final URI schemaId;

  private ConfigurationSchema(JsonObject schema) {
    this.schema = schema;
    this.validator =
        new ValidatorFactory().withJsonNodeFactory(new JakartaJsonNode.Factory()).createValidator();
    this.schemaId = validator.registerSchema(schema);
  }

  /** The schema shipped with the portal. */
  public static ConfigurationSchema standard() {
    try (InputStream in = ConfigurationSchema.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Leaves.JSON.createReader(in)) {
      return new ConfigurationSchema(reader.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonObject schema() {
    return schema;
  }

  /**
   * Fails with 400 listing each broken rule under its pointer when {@code document} (secrets in
   * plain text or as any stand-in string) is not a valid configuration.
   */
  public void requireValid(JsonObject document) {
    List<FieldError> errors = errors(document);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The broken rules, each once, at most {@value #MOST_ERRORS}. */
  public List<FieldError> errors(JsonObject document) {
    Set<FieldError> errors = new LinkedHashSet<>();
    Validator.Result result = validator.validate(schemaId, document);
    if (!result.isValid()) {
      result
          .getErrors()
          .forEach(e -> errors.add(new FieldError(pointer(e.getInstanceLocation()), message(e))));
    }
    Set<String> flagged = new HashSet<>();
    errors.forEach(e -> flagged.add(e.field()));
    scheduleErrors(document).stream()
        .filter(e -> !flagged.contains(e.field()))
        .forEach(errors::add);
    return new ArrayList<>(errors).subList(0, Math.min(errors.size(), MOST_ERRORS));
  }

  /** The library's words, except for a key no schema allows, which it calls a "false schema". */
  private static String message(dev.harrel.jsonschema.Error error) {
    return "False schema always fails".equals(error.getError())
        ? "is not a known setting"
        : error.getError();
  }

  private static String pointer(String location) {
    return location == null || location.isEmpty() ? "/" : location;
  }

  /**
   * Time zones must be real and crons must read (values in range, ranges forwards): a pattern can
   * say neither.
   */
  private static List<FieldError> scheduleErrors(JsonObject document) {
    List<FieldError> errors = new ArrayList<>();
    if (!(Leaves.at(document, "/general/schedule") instanceof JsonArray schedule)) {
      return errors;
    }
    for (int i = 0; i < schedule.size(); i++) {
      if (schedule.get(i) instanceof JsonObject entry
          && entry.get("timeZone") instanceof JsonString zone) {
        try {
          ZoneId.of(zone.getString());
        } catch (DateTimeException unknown) {
          errors.add(
              new FieldError(
                  "/general/schedule/" + i + "/timeZone",
                  "is not a known time zone (e.g. Europe/Brussels)"));
        }
      }
      if (schedule.get(i) instanceof JsonObject entry
          && entry.get("cron") instanceof JsonString cron) {
        try {
          Cron.parse(cron.getString());
        } catch (IllegalArgumentException unreadable) {
          errors.add(new FieldError("/general/schedule/" + i + "/cron", unreadable.getMessage()));
        }
      }
    }
    return errors;
  }

  /** Whether the value at {@code path} is a secret (its schema says {@code writeOnly}). */
  public boolean isSecret(String path) {
    JsonObject node = resolve(schema);
    for (String segment : Leaves.segments(path)) {
      node = child(node, segment);
      if (node == null) {
        return false;
      }
    }
    return node.getBoolean("writeOnly", false);
  }

  private JsonObject child(JsonObject node, String segment) {
    if (node.get("properties") instanceof JsonObject properties
        && properties.get(segment) instanceof JsonObject property) {
      return resolve(property);
    }
    if (node.get("additionalProperties") instanceof JsonObject additional) {
      return resolve(additional);
    }
    if (node.get("items") instanceof JsonObject items && segment.matches("[0-9]+")) {
      return resolve(items);
    }
    return null;
  }

  /** Follows a local {@code $ref} (the only kind the schema uses). */
  private JsonObject resolve(JsonObject node) {
    JsonValue ref = node.get("$ref");
    if (ref instanceof JsonString target && target.getString().startsWith("#/")) {
      JsonValue found = Leaves.at(schema, target.getString().substring(1));
      return found instanceof JsonObject object ? resolve(object) : node;
    }
    return node;
  }
}
