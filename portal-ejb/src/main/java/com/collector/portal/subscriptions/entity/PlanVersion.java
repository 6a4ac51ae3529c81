package com.collector.portal.subscriptions.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One published, immutable state of a plan: term, trial and entitlements. No setters. */
@Entity
@Table(name = "plan_version")
public class PlanVersion implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @Column(name = "owner_path")
  private String ownerPath;

  private int number;

  @Enumerated(EnumType.STRING)
  private Term term;

  @Column(name = "trial_days")
  private Integer trialDays;

  @Embedded private PlanEntitlements entitlements;

  @Column(name = "created_at")
  private Instant createdAt;

  protected PlanVersion() {}

  PlanVersion(
      Plan plan,
      int number,
      Term term,
      Integer trialDays,
      PlanEntitlements entitlements,
      Instant now) {
    this.plan = plan;
    this.ownerPath = plan.ownerPath();
    this.number = number;
    this.term = term;
    this.trialDays = trialDays == null || trialDays == 0 ? null : trialDays;
    this.entitlements = entitlements;
    this.createdAt = now;
  }

  /** The free trial new subscriptions start with, if the plan offers one. */
  public Optional<Duration> trial() {
    return trialDays == null ? Optional.empty() : Optional.of(Duration.ofDays(trialDays));
  }

  public Long id() {
    return id;
  }

  public Plan plan() {
    return plan;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public int number() {
    return number;
  }

  public Term term() {
    return term;
  }

  public Integer trialDays() {
    return trialDays;
  }

  public PlanEntitlements entitlements() {
    return entitlements;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
