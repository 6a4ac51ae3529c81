package com.collector.portal.configuration.control;

import com.collector.portal.tenancy.entity.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Envelope encryption of secret settings: each organization has a random AES-256 data key, stored
 * wrapped by the key-encryption key ({@link DataKeyWrapping}); a secret is sealed with AES-GCM
 * under its organization's key, bound to its place (organization and JSON Pointer) so a sealed
 * value copied elsewhere does not open. Unwrapped data keys are kept in memory, not re-asked of Key
 * Vault for every secret.
 */
@ApplicationScoped
public class SecretSealing {

  private static final String FORMAT = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject DataKeys keys;
  @Inject Clock clock;

  private final Map<Long, SecretKey> opened = new ConcurrentHashMap<>();

  /** The sealed form of {@code plain} at {@code path}, under {@code owner}'s data key. */
  public JsonValue seal(Organization owner, String path, String plain) {
    SecretKey key = dataKey(owner);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(place(owner.id(), path));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      String text =
          FORMAT
              + Base64.getEncoder()
                  .encodeToString(
                      ByteBuffer.allocate(nonce.length + sealed.length)
                          .put(nonce)
                          .put(sealed)
                          .array());
      return SecretValues.sealed(text, owner.id(), clock.instant());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Sealing a secret failed", e);
    }
  }

  /** The plain text of a sealed secret at {@code path}. */
  public JsonString open(String path, JsonValue sealed) {
    long organizationId = SecretValues.keyOrganization(sealed);
    String text = SecretValues.ciphertext(sealed);
    if (!text.startsWith(FORMAT)) {
      throw new IllegalStateException("Unknown sealed secret format at " + path);
    }
    byte[] bytes = Base64.getDecoder().decode(text.substring(FORMAT.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          dataKey(organizationId),
          new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(place(organizationId, path));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return Leaves.JSON.createValue(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A sealed secret at " + path + " does not open", e);
    }
  }

  private static byte[] place(long organizationId, String path) {
    return ("collector-configuration:" + organizationId + ":" + path)
        .getBytes(StandardCharsets.UTF_8);
  }

  private SecretKey dataKey(Organization owner) {
    SecretKey key = opened.get(owner.id());
    return key != null ? key : remember(owner.id(), keys.loadOrCreate(owner));
  }

  private SecretKey dataKey(long organizationId) {
    SecretKey key = opened.get(organizationId);
    return key != null ? key : remember(organizationId, keys.load(organizationId));
  }

  private SecretKey remember(long organizationId, SecretKey key) {
    opened.putIfAbsent(organizationId, key);
    return opened.get(organizationId);
  }
}
