package com.collector.portal.web.security;

import com.collector.portal.identity.control.ApiTokenKeys;
import com.collector.repository.signing.Signer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** Publishes the public key of API tokens so any party (MP-JWT, the Collector) can verify them. */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  @Inject ApiTokenKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/jwk-set+json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(jwks(keys.signer()));
  }

  /** The JSON Web Key Set (RFC 7517) publishing {@code signer}'s public key. */
  public static String jwks(Signer signer) {
    RSAPublicKey key = (RSAPublicKey) signer.publicKey();
    return Json.createObjectBuilder()
        .add(
            "keys",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("kty", "RSA")
                        .add("use", "sig")
                        .add("alg", signer.jwsAlgorithm())
                        .add("kid", signer.keyId())
                        .add("n", unsigned(key.getModulus()))
                        .add("e", unsigned(key.getPublicExponent()))))
        .build()
        .toString();
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }
}
