package com.collector.portal.subscriptions.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * A subscription to order for a customer of the caller's subtree, on the plan's current version;
 * {@code autoRenew} defaults to on.
 */
public record NewSubscription(@NotNull Long customerId, @NotNull Long planId, Boolean autoRenew) {}
