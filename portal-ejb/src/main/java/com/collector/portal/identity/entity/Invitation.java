package com.collector.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-use, expiring link to set an account's password: an invitation to a new account, or a
 * password reset. Known only by its token's hash.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends OwnedByUser {

  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private Purpose purpose = Purpose.INVITATION;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** What following the link does. */
  public enum Purpose {
    INVITATION,
    PASSWORD_RESET
  }

  protected Invitation() {}

  public Invitation(
      UserAccount user, Purpose purpose, String tokenHash, Instant now, Duration validity) {
    this(user, tokenHash, now, validity);
    this.purpose = purpose;
  }

  public Invitation(UserAccount user, String tokenHash, Instant now, Duration validity) {
    super(user);
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(validity);
  }

  public Purpose purpose() {
    return purpose;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isOpen(Instant now) {
    return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }

  public void accept(Instant now) {
    acceptedAt = now;
  }

  /** A newer invitation replaces this one. */
  public void revoke(Instant now) {
    if (revokedAt == null && acceptedAt == null) {
      revokedAt = now;
    }
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
