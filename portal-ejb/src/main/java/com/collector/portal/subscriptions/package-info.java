/**
 * Subscriptions: the vendor's plan catalog with immutable, versioned entitlements, one subscription
 * per customer with its lifecycle (trial, active, grace, expired, cancelled at term end,
 * terminated) and history, and the {@code Entitlements} service every feature asks "may this
 * customer use X / how many of Y".
 */
package com.collector.portal.subscriptions;
