package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.SubscriptionState;

/**
 * What a customer may use now. {@code governed} is false for a customer that never had a
 * subscription: nothing is restricted yet and {@code entitlements} is absent.
 */
public record CustomerEntitlementsView(
    long customerId,
    boolean governed,
    Long subscriptionId,
    SubscriptionState state,
    EntitlementsView entitlements) {}
