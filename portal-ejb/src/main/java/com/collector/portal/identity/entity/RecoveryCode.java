package com.collector.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use code that stands in for the authenticator app once, known by its hash. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends OwnedByUser {

  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(UserAccount user, String codeHash, Instant now) {
    super(user);
    this.codeHash = codeHash;
    this.createdAt = now;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("A recovery code is used once");
    }
    usedAt = now;
  }
}
