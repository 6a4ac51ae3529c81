package com.collector.portal.subscriptions.boundary;

/**
 * What one renewal run did.
 *
 * @param subscriptions subscriptions that had something due
 * @param transitions transitions applied to them (renewals, grace, expiries)
 * @param reminders term-end reminders mailed (one per subscription, to all its managers)
 */
public record RenewalRunView(int subscriptions, int transitions, int reminders) {}
