package com.collector.portal.telemetry.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An error group's occurrences on one installation. */
@Entity
@Table(name = "error_group_installation")
@IdClass(ErrorOccurrence.Key.class)
public class ErrorOccurrence implements TenantOwned {

  /** JPQL over occurrences {@code e}: the columns of their group, to select and group by. */
  public static final String GROUP =
      "e.errorGroup.fingerprint, e.errorGroup.exceptionType, e.errorGroup.topFrames";

  /**
   * JPQL over occurrences {@code e}, after {@link #GROUP}: a message of the occurrences read (so of
   * the reader's own installations: the group's others are not theirs), then occurrences,
   * installations, first and last seen.
   */
  public static final String FIGURES =
      "MAX(e.sampleMessage), SUM(e.occurrences), COUNT(e), MIN(e.firstSeenAt), MAX(e.lastSeenAt)";

  /** The row's key: group and installation. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String errorGroup;
    private Long installationId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(errorGroup, key.errorGroup)
          && java.util.Objects.equals(installationId, key.installationId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(errorGroup, installationId);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "fingerprint")
  private ErrorGroup errorGroup;

  @Id
  @Column(name = "installation_id")
  private Long installationId;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "app_version")
  private String appVersion;

  @Column(name = "first_seen_at")
  private Instant firstSeenAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  private long occurrences;

  /** The latest message of the group's errors on this installation (messages stay per tenant). */
  @Column(name = "sample_message")
  private String sampleMessage;

  protected ErrorOccurrence() {}

  public ErrorGroup group() {
    return errorGroup;
  }

  public Long installationId() {
    return installationId;
  }

  public String appVersion() {
    return appVersion;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public long occurrences() {
    return occurrences;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
