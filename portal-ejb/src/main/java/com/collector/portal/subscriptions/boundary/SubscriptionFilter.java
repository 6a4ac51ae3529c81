package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.SubscriptionState;

/**
 * Which subscriptions of the subtree to list; every part may be null.
 *
 * @param dueWithinDays only running subscriptions whose term ends within this many days
 */
public record SubscriptionFilter(SubscriptionState state, Integer dueWithinDays, Long customerId) {}
