package com.collector.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A user's authenticator app: the sealed TOTP seed, pending until a first code proves the app holds
 * it, and the last step used so no code works twice.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor extends OwnedByUser {

  @Column(name = "sealed_secret")
  private byte[] sealedSecret;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_step")
  private long lastStep;

  @Version private long version;

  protected SecondFactor() {}

  public SecondFactor(UserAccount user, byte[] sealedSecret, Instant now) {
    super(user);
    this.sealedSecret = sealedSecret.clone();
    this.createdAt = now;
  }

  /** Only a confirmed factor is asked for at sign-in. */
  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /** Records the step of a code just accepted; the first one confirms the enrolment. */
  public void codeAccepted(long step, Instant now) {
    if (step <= lastStep) {
      throw new IllegalStateException("Step " + step + " was already used");
    }
    lastStep = step;
    if (confirmedAt == null) {
      confirmedAt = now;
    }
  }

  public long lastStep() {
    return lastStep;
  }

  public byte[] sealedSecret() {
    return sealedSecret.clone();
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }
}
