package com.collector.portal.configuration.entity;

import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings a partner or a customer gives every installation below it, and the keys it locks so that
 * lower levels cannot override them.
 */
@Entity
@Table(name = "configuration_defaults")
public class ConfigurationDefaults implements TenantOwned {

  @Id
  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "owner_path")
  private String ownerPath;

  @Convert(converter = JsonDocumentConverter.class)
  private JsonObject document;

  /** Locked JSON Pointers, one per line. */
  private String locked;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected ConfigurationDefaults() {}

  public ConfigurationDefaults(Organization organization) {
    this.organizationId = organization.id();
    this.ownerPath = organization.ownerPath();
  }

  public void replace(JsonObject document, Set<String> locked, String by, Instant now) {
    this.document = document;
    this.locked = String.join("\n", new TreeSet<>(locked));
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Long organizationId() {
    return organizationId;
  }

  public JsonObject document() {
    return document;
  }

  public Set<String> locked() {
    if (locked == null || locked.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(Arrays.asList(locked.split("\n")));
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
