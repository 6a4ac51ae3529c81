package com.collector.portal.configuration.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The effective configuration of an installation: the partner's defaults, then the customer's, then
 * the installation's own settings, each overriding the one before key by key — except keys a layer
 * above locked.
 */
public final class Layers {

  /** One level's settings and the keys it locks for the levels below. */
  public record Layer(String source, JsonObject document, Set<String> locked) {
    public Layer {
      locked = Set.copyOf(locked);
    }
  }

  /** Each effective value with the level it comes from, and which keys are locked by whom. */
  public record Effective(
      SortedMap<String, JsonValue> leaves,
      Map<String, String> sources,
      Map<String, String> lockedBy) {

    public JsonObject document() {
      return Leaves.document(leaves);
    }
  }

  private Layers() {}

  /** {@code layers} from the top (partner) down to the installation. */
  public static Effective of(List<Layer> layers) {
    SortedMap<String, JsonValue> leaves = new TreeMap<>();
    SortedMap<String, String> sources = new TreeMap<>();
    SortedMap<String, String> lockedBy = new TreeMap<>();
    for (Layer layer : layers) {
      Leaves.of(layer.document())
          .forEach(
              (path, value) -> {
                if (lockOver(lockedBy, path) == null) {
                  Leaves.set(leaves, path, value);
                  sources.keySet().removeIf(existing -> Leaves.overlap(existing, path));
                  sources.put(path, layer.source());
                }
              });
      layer.locked().forEach(path -> lockedBy.putIfAbsent(path, layer.source()));
    }
    return new Effective(leaves, sources, lockedBy);
  }

  /** The level whose lock holds {@code path}, or null when no level above locked it. */
  public static String lockOver(Map<String, String> lockedBy, String path) {
    return lockedBy.entrySet().stream()
        .filter(lock -> Leaves.overlap(lock.getKey(), path))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
