package com.collector.portal.telemetry.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One plugin's runs on one installation: the last, the last success, failures since. */
@Entity
@Table(name = "installation_plugin_health")
@IdClass(PluginHealth.Key.class)
public class PluginHealth implements TenantOwned {

  /** The row's key: installationId and plugin. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long installationId;
    private String plugin;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(installationId, key.installationId)
          && java.util.Objects.equals(plugin, key.plugin);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(installationId, plugin);
    }
  }

  @Id
  @Column(name = "installation_id")
  private Long installationId;

  @Id private String plugin;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  @Column(name = "last_success_at")
  private Instant lastSuccessAt;

  @Column(name = "consecutive_failures")
  private int consecutiveFailures;

  @Column(name = "last_error_code")
  private String lastErrorCode;

  protected PluginHealth() {}

  public Long installationId() {
    return installationId;
  }

  public String plugin() {
    return plugin;
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

  public String lastErrorCode() {
    return lastErrorCode;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
