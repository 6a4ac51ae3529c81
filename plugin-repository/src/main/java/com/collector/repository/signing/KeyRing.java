package com.collector.repository.signing;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signer in use plus the retired keys that must stay published while signatures made with them
 * are still served. Immutable: {@link #rotatedTo(Signer)} returns the ring after a rotation.
 */
public final class KeyRing {

  private final Signer current;
  private final Map<String, PublishedKey> published = new LinkedHashMap<>();

  /** {@code retired} keys are published after the current one; one with its key id is ignored. */
  public KeyRing(Signer current, Collection<PublishedKey> retired) {
    this.current = current;
    published.put(current.keyId(), PublishedKey.of(current));
    retired.forEach(key -> published.putIfAbsent(key.keyId(), key));
  }

  /** The signer that signs from now on. */
  public Signer current() {
    return current;
  }

  /** Every published key, the current one first. */
  public List<PublishedKey> published() {
    return List.copyOf(published.values());
  }

  /** The public key a verifier uses for a signature that names {@code keyId}. */
  public Optional<PublicKey> publicKey(String keyId) {
    return Optional.ofNullable(published.get(keyId)).map(PublishedKey::publicKey);
  }

  /** The ring after {@code next} takes over: the current key stays published as retired. */
  public KeyRing rotatedTo(Signer next) {
    List<PublishedKey> retired = new ArrayList<>(published.values());
    return new KeyRing(next, retired);
  }

  /** The ring without the retired key {@code keyId}, once nothing served is signed with it. */
  public KeyRing withoutRetired(String keyId) {
    if (keyId.equals(current.keyId())) {
      throw new IllegalArgumentException("The current key " + keyId + " cannot be withdrawn");
    }
    List<PublishedKey> retired = new ArrayList<>(published.values());
    retired.removeIf(key -> key.keyId().equals(keyId));
    return new KeyRing(current, retired);
  }

  /**
   * The JSON Web Key Set (RFC 7517) of every published RSA key, in the format of the portal's
   * {@code /.well-known/jwks.json}: {@code {"keys":[{kty,use,alg,kid,n,e}]}}.
   */
  public String jwks() {
    StringBuilder json = new StringBuilder("{\"keys\":[");
    String separator = "";
    for (PublishedKey key : published.values()) {
      RSAPublicKey rsa = (RSAPublicKey) key.publicKey();
      json.append(separator)
          .append("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":")
          .append(quoted(key.algorithm()))
          .append(",\"kid\":")
          .append(quoted(key.keyId()))
          .append(",\"n\":\"")
          .append(unsigned(rsa.getModulus()))
          .append("\",\"e\":\"")
          .append(unsigned(rsa.getPublicExponent()))
          .append("\"}");
      separator = ",";
    }
    return json.append("]}").toString();
  }

  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }
}
