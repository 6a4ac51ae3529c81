package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.SubscriptionEvent;
import com.collector.portal.subscriptions.entity.SubscriptionEventType;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import java.time.Instant;

/** One step of a subscription's history. */
public record SubscriptionEventView(
    SubscriptionEventType type,
    SubscriptionState fromState,
    SubscriptionState toState,
    int planVersion,
    Instant effectiveAt,
    Instant recordedAt) {

  static SubscriptionEventView of(SubscriptionEvent event) {
    return new SubscriptionEventView(
        event.type(),
        event.fromState(),
        event.toState(),
        event.planVersion().number(),
        event.effectiveAt(),
        event.recordedAt());
  }
}
