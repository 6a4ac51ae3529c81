package com.collector.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A named token for automation, acting as its creator with at most the rights it was given. Known
 * only by its hash; usable until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends OwnedByUser {

  /** Recording every use would write on every call; once a minute is enough to show activity. */
  static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  private String rights;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      UserAccount user,
      String name,
      Set<Right> rights,
      String tokenHash,
      Instant now,
      Duration lifetime) {
    super(user);
    this.name = name.strip();
    this.rights = rights.stream().map(Right::name).sorted().collect(Collectors.joining(","));
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public boolean isUsable(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now) && user().isEnabled();
  }

  /** Notes a use, at most once per {@link #USE_RECORDING_INTERVAL}. */
  public void recordUse(Instant now) {
    if (lastUsedAt == null || lastUsedAt.plus(USE_RECORDING_INTERVAL).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /** The token's rights, never more than its owner holds now. */
  public Set<Right> effectiveRights() {
    Set<Right> effective = EnumSet.noneOf(Right.class);
    Arrays.stream(rights.split(","))
        .filter(r -> !r.isBlank())
        .map(Right::valueOf)
        .forEach(effective::add);
    effective.retainAll(user().rights());
    return effective;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
