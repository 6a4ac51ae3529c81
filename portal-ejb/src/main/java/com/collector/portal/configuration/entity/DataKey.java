package com.collector.portal.configuration.entity;

import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organization's data key for its secret settings, kept only wrapped by the key-encryption key
 * (whose id it names): the database alone cannot open a secret.
 */
@Entity
@Table(name = "data_key")
public class DataKey implements TenantOwned {

  @Id
  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "owner_path")
  private String ownerPath;

  /** Base64 of the wrapped key. */
  private String wrapped;

  @Column(name = "wrapping_key_id")
  private String wrappingKeyId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected DataKey() {}

  public DataKey(Organization organization, String wrapped, String wrappingKeyId, Instant now) {
    this.organizationId = organization.id();
    this.ownerPath = organization.ownerPath();
    this.wrapped = wrapped;
    this.wrappingKeyId = wrappingKeyId;
    this.createdAt = now;
  }

  public Long organizationId() {
    return organizationId;
  }

  public String wrapped() {
    return wrapped;
  }

  public String wrappingKeyId() {
    return wrappingKeyId;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
