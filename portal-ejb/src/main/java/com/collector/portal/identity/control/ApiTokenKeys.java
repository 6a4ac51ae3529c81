package com.collector.portal.identity.control;

import com.collector.portal.platform.control.DataDirectory;
import com.collector.repository.signing.LocalKeyStoreSigner;
import com.collector.repository.signing.Signer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs API access tokens, generated under the data directory at first start (Key
 * Vault comes with the plugin repository issue), and the token codec built on it.
 */
@ApplicationScoped
public class ApiTokenKeys {

  @Inject DataDirectory dataDirectory;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.token.issuer", defaultValue = "collector-portal")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.token.verified-cache-entries", defaultValue = "20000")
  int verifiedCacheEntries;

  private Signer signer;
  private JsonWebTokens tokens;
  private VerifiedTokens verified;

  @PostConstruct
  void open() {
    signer =
        LocalKeyStoreSigner.openOrCreate(
            dataDirectory.keys(), "api-token", "CN=Collector Portal API tokens");
    tokens = new JsonWebTokens(signer, issuer);
    verified = new VerifiedTokens(verifiedCacheEntries);
  }

  /**
   * Creates (first start) or loads the key when the application starts, not at the first request.
   */
  void openAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    signer.keyId();
  }

  public Signer signer() {
    return signer;
  }

  public String issue(AccessTokenClaims claims) {
    return tokens.issue(claims);
  }

  /** The claims of a good token in force; a token seen before is not verified again. */
  public Optional<AccessTokenClaims> verify(String token) {
    Instant now = Instant.now(clock);
    return verified.verify(token, now, t -> tokens.verify(t, now));
  }
}
