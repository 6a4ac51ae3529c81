package com.collector.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.identity.control.AccessTokenClaims;
import com.collector.portal.identity.control.JsonWebTokens;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's access tokens and its JWKS are what MicroProfile JWT expects: Payara's own MP-JWT
 * implementation, given only the published key set and issuer, accepts them, maps {@code groups} to
 * roles and refuses forged ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MpJwtInteroperabilityIT {

  private static final Signer SIGNER = signer();
  private static final JsonWebTokens TOKENS = new JsonWebTokens(SIGNER, "collector-portal");

  @ArquillianResource URL base;

  @Deployment
  static WebArchive deployment() {
    String config =
        "mp.jwt.verify.publickey="
            + JwksServlet.jwks(SIGNER)
            + "\nmp.jwt.verify.issuer=collector-portal\n";
    return ShrinkWrap.create(WebArchive.class, "mpjwt.war")
        .addClasses(MpJwtProbeApplication.class, MpJwtProbeResource.class)
        .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
  }

  @Test
  void mpJwtAcceptsAPortalTokenAndReadsItsClaims() throws Exception {
    HttpResponse<String> reply = whoami(token(Set.of("VIEW")));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("42 /1/7/");
  }

  @Test
  void groupsAreTheRoles() throws Exception {
    assertThat(whoami(token(Set.of("RUN_EXTRACTION"))).statusCode()).isEqualTo(403);
  }

  @Test
  void aForgedTokenIsRefused() throws Exception {
    String token = token(Set.of("VIEW"));
    String forged =
        token.substring(0, token.lastIndexOf('.') + 1)
            + "AAAA"
            + token.substring(token.lastIndexOf('.') + 5);

    assertThat(whoami(forged).statusCode()).isEqualTo(401);
  }

  private static String token(Set<String> groups) {
    Instant now = Instant.now();
    return TOKENS.issue(
        new AccessTokenClaims(
            "42",
            "someone@example.test",
            "/1/7/",
            groups,
            now,
            now.plus(Duration.ofMinutes(5)),
            null));
  }

  private HttpResponse<String> whoami(String token) throws Exception {
    String root = base.toString();
    URI uri = URI.create(root + (root.endsWith("/") ? "" : "/") + "api/whoami");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Signer signer() {
    try {
      return LocalKeyStoreSigner.openOrCreate(
          Files.createTempDirectory("mpjwt-keys"), "api-token", "CN=test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
