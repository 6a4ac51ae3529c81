package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.subscriptions.boundary.NewSubscription;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/subscriptions}. */
public record SubscriptionJson(Long customerId, Long planId, Boolean autoRenew) {

  @JsonbCreator
  public SubscriptionJson {}

  NewSubscription toInput() {
    return new NewSubscription(customerId, planId, autoRenew);
  }
}
