package com.collector.portal.web.configuration.rest;

import com.collector.portal.configuration.boundary.ConflictView;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.web.problems.Problem;
import com.collector.portal.web.rest.JsonBinding;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;

/**
 * Revisions as HTTP entity tags ({@code "12"}) in {@code ETag}, {@code If-Match} and {@code
 * If-None-Match}, the members of a configuration write's body, and the 409 of a write whose keys
 * conflicted.
 */
final class RevisionTags {

  private static final JsonProvider JSON = JsonProvider.provider();

  private RevisionTags() {}

  static EntityTag tag(int revision) {
    return new EntityTag(Integer.toString(revision));
  }

  /** The revision a conditional header names, null when absent; 400 naming it when malformed. */
  static Integer revision(String header, String name) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    if (!tag.matches("[0-9]{1,9}")) {
      throw new InvalidInputException(name, "must be a revision's tag, e.g. \"3\"");
    }
    return Integer.valueOf(tag);
  }

  /** The {@code document} member of a write's body: an object (400 naming it otherwise). */
  static JsonObject document(JsonObject body) {
    if (body == null || !(body.get("document") instanceof JsonObject document)) {
      throw new InvalidInputException("document", "is required and must be a JSON object");
    }
    return document;
  }

  /** An optional text member, at most {@code max} characters. */
  static String text(JsonObject body, String member, int max) {
    JsonValue value = body == null ? null : body.get(member);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string) || string.getString().length() > max) {
      throw new InvalidInputException(member, "must be a text of at most " + max + " characters");
    }
    return string.getString();
  }

  /**
   * 409: keys both sides changed kept the portal's values; lists each with both values, the
   * revision now current and {@code members} (e.g. the current configuration).
   */
  static Response conflict(int revision, List<ConflictView> conflicts, JsonObject members) {
    String detail =
        conflicts.size()
            + " key(s) changed on both sides kept the portal's value; the rest was merged into"
            + " revision "
            + revision;
    JsonObjectBuilder body =
        JSON.createObjectBuilder(
            parse(new Problem("conflict", "Conflict", 409, detail, null).toJson()).asJsonObject());
    body.add("revision", revision);
    body.add("conflicts", parse(JsonBinding.jsonb().toJson(conflicts)));
    members.forEach(body::add);
    return Response.status(409)
        .type(Problem.MEDIA_TYPE)
        .tag(tag(revision))
        .entity(body.build().toString())
        .build();
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
