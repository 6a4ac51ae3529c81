package com.collector.portal.subscriptions.entity;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
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
import java.time.Instant;

/**
 * One step of a subscription's history. {@code effectiveAt} is when it took effect (a term end
 * reached while the renewal job was not running, for instance), {@code recordedAt} when it was
 * written.
 */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscription_id")
  private Subscription subscription;

  @Column(name = "owner_path")
  private String ownerPath;

  @Enumerated(EnumType.STRING)
  private SubscriptionEventType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private SubscriptionState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private SubscriptionState toState;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_version_id")
  private PlanVersion planVersion;

  @Column(name = "effective_at")
  private Instant effectiveAt;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected SubscriptionEvent() {}

  SubscriptionEvent(
      Subscription subscription,
      SubscriptionEventType type,
      SubscriptionState fromState,
      Instant effectiveAt,
      Instant recordedAt) {
    this.subscription = subscription;
    this.ownerPath = subscription.ownerPath();
    this.type = type;
    this.fromState = fromState;
    this.toState = subscription.state();
    this.planVersion = subscription.planVersion();
    this.effectiveAt = effectiveAt;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public SubscriptionEventType type() {
    return type;
  }

  public SubscriptionState fromState() {
    return fromState;
  }

  public SubscriptionState toState() {
    return toState;
  }

  public PlanVersion planVersion() {
    return planVersion;
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
