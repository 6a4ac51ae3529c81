package com.collector.portal.identity.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one user (tokens, links, second factors): it lives in the user's
 * organization and goes with the user.
 */
@MappedSuperclass
public abstract class OwnedByUser implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private UserAccount user;

  @Column(name = "owner_path")
  private String ownerPath;

  protected OwnedByUser() {}

  protected OwnedByUser(UserAccount user) {
    this.user = user;
    this.ownerPath = user.ownerPath();
  }

  public Long id() {
    return id;
  }

  public UserAccount user() {
    return user;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }
}
