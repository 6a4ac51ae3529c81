package com.collector.portal.identity.boundary;

import java.time.Instant;

/**
 * The caller's two-step sign-in: whether it is on, whether their organization requires it, and how
 * many recovery codes are left.
 */
public record TwoStepStatus(
    boolean enabled, boolean required, long recoveryCodesLeft, Instant enabledAt) {}
