package com.collector.portal.subscriptions.entity;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan of the vendor's catalog: a stable code, a name per language and its versions. Changing
 * what a plan offers publishes a new version; subscriptions keep the version they were sold until
 * they renew.
 */
@Entity
@Table(name = "plan")
public class Plan implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_path")
  private String ownerPath;

  private String code;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_fr")
  private String nameFr;

  @Column(name = "name_nl")
  private String nameNl;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<PlanVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Plan() {}

  /** A new plan of the catalog owned by {@code vendorPath}, with its first version. */
  public Plan(
      String vendorPath,
      String code,
      String nameEn,
      String nameFr,
      String nameNl,
      Term term,
      Integer trialDays,
      PlanEntitlements entitlements,
      Instant now) {
    this.ownerPath = vendorPath;
    this.code = code.strip();
    this.nameEn = nameEn.strip();
    this.nameFr = nameFr.strip();
    this.nameNl = nameNl.strip();
    this.createdAt = now;
    publish(term, trialDays, entitlements, now);
  }

  /** Publishes a new version, which new orders and renewals get from now on. */
  public PlanVersion publish(
      Term term, Integer trialDays, PlanEntitlements entitlements, Instant now) {
    PlanVersion next =
        new PlanVersion(this, versions.size() + 1, term, trialDays, entitlements, now);
    versions.add(next);
    updatedAt = now;
    return next;
  }

  /** The version sold now. */
  public PlanVersion current() {
    return versions.get(versions.size() - 1);
  }

  public List<PlanVersion> versions() {
    return List.copyOf(versions);
  }

  public String name(Language language) {
    return switch (language) {
      case fr -> nameFr;
      case nl -> nameNl;
      case en -> nameEn;
    };
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
