package com.collector.portal.telemetry.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One installation's telemetry of one day: accepted, duplicate, rejected, dropped events. */
@Entity
@Table(name = "telemetry_intake")
@IdClass(IntakeDay.Key.class)
public class IntakeDay implements TenantOwned {

  /** The row's key: installationId and day. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long installationId;
    private LocalDate day;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(installationId, key.installationId)
          && java.util.Objects.equals(day, key.day);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(installationId, day);
    }
  }

  @Id
  @Column(name = "installation_id")
  private Long installationId;

  @Id private LocalDate day;

  @Column(name = "owner_path")
  private String ownerPath;

  private long accepted;
  private long duplicates;
  private long rejected;
  private long dropped;

  protected IntakeDay() {}

  public Long installationId() {
    return installationId;
  }

  public LocalDate day() {
    return day;
  }

  public long accepted() {
    return accepted;
  }

  public long duplicates() {
    return duplicates;
  }

  public long rejected() {
    return rejected;
  }

  public long dropped() {
    return dropped;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
