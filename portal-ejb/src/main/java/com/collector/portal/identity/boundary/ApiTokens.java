package com.collector.portal.identity.boundary;

import com.collector.portal.audit.control.AuditLog;
import com.collector.portal.identity.control.Secrets;
import com.collector.portal.identity.entity.ApiToken;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens for automation: created by a user for some of their rights, used as a bearer token. */
@Stateless
public class ApiTokens {

  /** Prefix that tells an API token from a JWT at a glance (and to secret scanners). */
  public static final String PREFIX = "cpat_";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Inputs inputs;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Creates a token for the caller; its rights must be rights the caller holds. */
  public CreatedApiToken create(NewApiToken input) {
    TenantScope scope = store.scope();
    scope.requirePerson();
    inputs.valid(input, "token");
    for (Right right : input.rights()) {
      if (!scope.has(right)) {
        throw new ForbiddenException("A token cannot carry " + right + ": you do not hold it");
      }
    }
    UserAccount owner = store.find(UserAccount.class, scope.userId());
    String secret = PREFIX + Secrets.newToken();
    ApiToken token =
        new ApiToken(
            owner,
            input.name(),
            input.rights(),
            Secrets.sha256Hex(secret),
            clock.instant(),
            Duration.ofDays(input.days()));
    store.add(token);
    store.flush("name");
    audit.record(
        "api-token.created", "api-token", token.id(), token.ownerPath(), null, state(token));
    return new CreatedApiToken(ApiTokenView.of(token), secret);
  }

  /** The caller's own tokens, newest first. */
  public List<ApiTokenView> mine() {
    TenantScope scope = store.scope();
    return store
        .list(ApiToken.class, "e.user.id = :user", Map.of("user", scope.userId()), "e.id DESC")
        .stream()
        .map(ApiTokenView::of)
        .toList();
  }

  /** Revokes one of the caller's tokens, or any token of the subtree for user managers. */
  public void revoke(long id) {
    TenantScope scope = store.scope();
    ApiToken token = store.find(ApiToken.class, id);
    if (!token.user().id().equals(scope.userId()) && !scope.has(Right.MANAGE_USERS)) {
      throw new NotFoundException("ApiToken", id);
    }
    Map<String, Object> before = state(token);
    token.revoke(clock.instant());
    audit.record("api-token.revoked", "api-token", id, token.ownerPath(), before, state(token));
  }

  /** The token behind a presented secret, if it is usable; notes the use. */
  public Optional<Long> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return current.runAs(
        TenantScope.system("api-token"),
        () -> {
          Instant now = clock.instant();
          Optional<ApiToken> token =
              store.single(
                  ApiToken.class, "e.tokenHash = :hash", Map.of("hash", Secrets.sha256Hex(secret)));
          token.filter(t -> t.isUsable(now)).ifPresent(t -> t.recordUse(now));
          return token.filter(t -> t.isUsable(now)).map(ApiToken::id);
        });
  }

  private static Map<String, Object> state(ApiToken token) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", token.name());
    state.put("rights", token.effectiveRights());
    state.put("expiresAt", token.expiresAt());
    state.put("revokedAt", token.revokedAt());
    return state;
  }
}
