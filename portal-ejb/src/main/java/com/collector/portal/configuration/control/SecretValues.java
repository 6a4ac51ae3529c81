package com.collector.portal.configuration.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * The forms a secret setting takes outside the Collector: sealed (stored: ciphertext, the data
 * key's organization, when it changed) and masked (shown to people: only that it is set and when).
 * People send the masked form back to keep a secret as it is.
 */
public final class SecretValues {

  static final String SEALED = "$sealed";
  static final String MASKED = "$secret";

  private SecretValues() {}

  public static boolean isSecretForm(JsonObject value) {
    return value.containsKey(SEALED) || value.containsKey(MASKED);
  }

  public static boolean isSealed(JsonValue value) {
    return value instanceof JsonObject object && object.get(SEALED) instanceof JsonString;
  }

  public static boolean isMasked(JsonValue value) {
    return value instanceof JsonObject object && object.containsKey(MASKED);
  }

  /** The sealed form of a ciphertext made with {@code organizationId}'s data key. */
  static JsonObject sealed(String ciphertext, long organizationId, Instant changedAt) {
    return Leaves.JSON
        .createObjectBuilder()
        .add(SEALED, ciphertext)
        .add("key", organizationId)
        .add("changedAt", changedAt.toString())
        .build();
  }

  /** What a person sees of a sealed secret. */
  public static JsonObject masked(JsonValue sealed) {
    JsonObject object = sealed.asJsonObject();
    return Leaves.JSON
        .createObjectBuilder()
        .add(MASKED, "set")
        .add("changedAt", object.getString("changedAt", ""))
        .build();
  }

  static String ciphertext(JsonValue sealed) {
    return sealed.asJsonObject().getString(SEALED);
  }

  static long keyOrganization(JsonValue sealed) {
    return sealed.asJsonObject().getJsonNumber("key").longValue();
  }

  /** When the secret was set, as text, for pages. */
  public static String changedAt(JsonValue secret) {
    return secret.asJsonObject().getString("changedAt", "");
  }
}
