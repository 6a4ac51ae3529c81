package com.collector.portal.web.security;

import com.collector.portal.identity.control.ApiTokenKeys;
import com.collector.repository.signing.KeyRing;
import com.collector.repository.signing.Signer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

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
    return new KeyRing(signer, List.of()).jwks();
  }
}
