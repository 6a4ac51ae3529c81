package com.collector.portal.configuration.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A configuration document as its leaves: JSON Pointer → value. Objects are walked into, arrays and
 * sealed or masked secrets are single leaves (a schedule is replaced as a whole), empty objects
 * carry nothing. Merging, layering and diffs all work on this form.
 */
public final class Leaves {

  static final JsonProvider JSON = JsonProvider.provider();

  private Leaves() {}

  /** The leaves of {@code document}, by pointer, in a stable order. */
  public static SortedMap<String, JsonValue> of(JsonObject document) {
    SortedMap<String, JsonValue> leaves = new TreeMap<>();
    if (document != null) {
      walk("", document, leaves);
    }
    return leaves;
  }

  private static void walk(String prefix, JsonObject object, Map<String, JsonValue> leaves) {
    object.forEach(
        (key, value) -> {
          String path = prefix + "/" + escape(key);
          if (value instanceof JsonObject inner && !SecretValues.isSecretForm(inner)) {
            walk(path, inner, leaves);
          } else {
            leaves.put(path, value);
          }
        });
  }

  /** The document holding {@code leaves}. */
  public static JsonObject document(Map<String, JsonValue> leaves) {
    Node root = new Node();
    leaves.forEach((path, value) -> root.put(segments(path), 0, value));
    return root.build();
  }

  /** The value at {@code path} in {@code document} (a leaf or a whole subtree), or null. */
  public static JsonValue at(JsonObject document, String path) {
    JsonValue current = document;
    for (String segment : segments(path)) {
      if (!(current instanceof JsonObject object) || !object.containsKey(segment)) {
        return null;
      }
      current = object.get(segment);
    }
    return current;
  }

  /** Whether {@code path} is {@code other} or lies on the same branch (one contains the other). */
  public static boolean overlap(String path, String other) {
    return path.equals(other) || path.startsWith(other + "/") || other.startsWith(path + "/");
  }

  /** {@code leaves} with {@code path} set to {@code value} (or removed when null). */
  public static void set(Map<String, JsonValue> leaves, String path, JsonValue value) {
    leaves.keySet().removeIf(existing -> overlap(existing, path));
    if (value == null) {
      return;
    }
    if (value instanceof JsonObject object && !SecretValues.isSecretForm(object)) {
      Map<String, JsonValue> inner = new TreeMap<>();
      walk(path, object, inner);
      leaves.putAll(inner);
    } else {
      leaves.put(path, value);
    }
  }

  public static List<String> segments(String path) {
    if (path.isEmpty()) {
      return List.of();
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("Not a JSON Pointer: " + path);
    }
    List<String> segments = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return Collections.unmodifiableList(segments);
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** A tree under construction; keys keep their sorted order. */
  private static final class Node {
    private final Map<String, Object> children = new TreeMap<>();

    void put(List<String> path, int at, JsonValue value) {
      String key = path.get(at);
      if (at == path.size() - 1) {
        children.put(key, value);
        return;
      }
      Node node = children.get(key) instanceof Node existing ? existing : new Node();
      children.put(key, node);
      node.put(path, at + 1, value);
    }

    JsonObject build() {
      JsonObjectBuilder object = JSON.createObjectBuilder();
      children.forEach(
          (key, child) ->
              object.add(key, child instanceof Node node ? node.build() : (JsonValue) child));
      return object.build();
    }
  }
}
