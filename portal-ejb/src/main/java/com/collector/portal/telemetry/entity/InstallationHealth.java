package com.collector.portal.telemetry.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An installation's health as its events left it (written by the intake's SQL, read here): last
 * seen, what runs, the last run and success, failed runs in a row, the last failed update.
 */
@Entity
@Table(name = "installation_health")
public class InstallationHealth implements TenantOwned {

  @Id
  @Column(name = "installation_id")
  private Long installationId;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "app_version")
  private String appVersion;

  @Column(name = "dotnet_version")
  private String dotnetVersion;

  private String os;

  private String plugins;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "consecutive_failures")
  private int consecutiveFailures;

  @Column(name = "last_update_failed_at")
  private Instant lastUpdateFailedAt;

  protected InstallationHealth() {}

  public Long installationId() {
    return installationId;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public String appVersion() {
    return appVersion;
  }

  public String dotnetVersion() {
    return dotnetVersion;
  }

  public String os() {
    return os;
  }

  public String plugins() {
    return plugins;
  }

  public Instant lastRunAt() {
    return lastRunAt;
  }

  public Instant lastSuccessAt() {
    return lastSuccessAt;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public Instant lastUpdateFailedAt() {
    return lastUpdateFailedAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
