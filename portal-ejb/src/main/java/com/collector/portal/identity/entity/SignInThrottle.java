package com.collector.portal.identity.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins for one e-mail, whether an account exists or not. After the free attempts each
 * further failure blocks the e-mail for twice as long as the previous one, up to a cap.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle implements TenantOwned {

  static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_BLOCK = Duration.ofHours(1);

  /** A day without failures forgets the count. */
  static final Duration MEMORY = Duration.ofHours(24);

  @Id
  @Column(name = "email_key")
  private String emailKey;

  /** Always "/": only the system scope of the sign-in reaches these rows. */
  @Column(name = "owner_path")
  private String ownerPath = "/";

  private int failures;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  @Column(name = "last_failure")
  private Instant lastFailure;

  protected SignInThrottle() {}

  public SignInThrottle(String emailKey) {
    this.emailKey = emailKey;
  }

  /** How long attempts are still refused, if they are. */
  public Optional<Duration> blockedFor(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }

  public void recordFailure(Instant now, int freeAttempts) {
    if (lastFailure != null && lastFailure.plus(MEMORY).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    if (failures >= freeAttempts) {
      int doublings = Math.min(failures - freeAttempts, 20);
      Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
      blockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
    }
  }

  public String emailKey() {
    return emailKey;
  }

  public int failures() {
    return failures;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
