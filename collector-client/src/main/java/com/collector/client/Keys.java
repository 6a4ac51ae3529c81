package com.collector.client;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The portal's package-signing keys ({@code /api/collector/v1/keys}), cached: an unknown key id
 * refetches the set once, then counts as unknown.
 */
final class Keys {

  private final Supplier<String> fetch;
  private Map<String, PublicKey> keys;

  Keys(Supplier<String> fetch) {
    this.fetch = fetch;
  }

  /** The key named {@code kid}, or null when the portal does not publish it. */
  synchronized PublicKey key(String kid) {
    if (kid == null) {
      return null;
    }
    if (keys == null || !keys.containsKey(kid)) {
      keys = parse(fetch.get());
    }
    return keys.get(kid);
  }

  /** Whether {@code signature} (base64url) is RS256 over {@code data} with {@code key}. */
  static boolean verifies(PublicKey key, byte[] data, String signature) {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(Base64.getUrlDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, PublicKey> parse(String jwks) {
    Map<String, PublicKey> parsed = new HashMap<>();
    List<Object> keys = (List<Object>) Json.object(jwks).get("keys");
    for (Object value : keys) {
      Map<String, Object> jwk = (Map<String, Object>) value;
      if ("RSA".equals(jwk.get("kty"))) {
        parsed.put((String) jwk.get("kid"), rsa((String) jwk.get("n"), (String) jwk.get("e")));
      }
    }
    return parsed;
  }

  static PublicKey rsa(String n, String e) {
    Base64.Decoder url = Base64.getUrlDecoder();
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(
              new RSAPublicKeySpec(
                  new BigInteger(1, url.decode(n)), new BigInteger(1, url.decode(e))));
    } catch (GeneralSecurityException ex) {
      throw new IllegalArgumentException("Not an RSA key", ex);
    }
  }
}
