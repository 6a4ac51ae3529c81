package com.collector.portal.installrequests.boundary;

import java.time.Instant;

/**
 * A request whose installation started, with the Collector's one-time enrollment code: shown once,
 * to the agent who installs.
 */
public record Started(RequestDetailView request, String enrollmentCode, Instant codeExpiresAt) {}
