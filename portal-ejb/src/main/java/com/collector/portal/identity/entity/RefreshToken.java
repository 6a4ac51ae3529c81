package com.collector.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refresh token, known only by its SHA-256 hash. Each use rotates it: the token is spent and a
 * successor of the same family is issued; presenting a spent token again means it was copied, so
 * the whole family is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends OwnedByUser {

  @Column(name = "token_hash")
  private String tokenHash;

  private String family;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "customer_id")
  private Long customerId;

  protected RefreshToken() {}

  public Long customerId() {
    return customerId;
  }

  /**
   * @param customerId the customer a Collector's tokens are bound to, null for the user's own
   *     subtree
   */
  public RefreshToken(
      UserAccount user,
      Long customerId,
      String tokenHash,
      String family,
      Instant issuedAt,
      Instant expiresAt) {
    super(user);
    this.customerId = customerId;
    this.tokenHash = tokenHash;
    this.family = family;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Usable: neither spent, revoked nor expired. */
  public boolean isUsable(Instant now) {
    return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
  }

  public boolean isSpent() {
    return usedAt != null;
  }

  public void spend(Instant now) {
    usedAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String family() {
    return family;
  }
}
