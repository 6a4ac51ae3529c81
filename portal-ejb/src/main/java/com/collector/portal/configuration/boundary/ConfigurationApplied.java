package com.collector.portal.configuration.boundary;

import java.time.Instant;

/**
 * A Collector reported that it now runs revision {@code revision} of its configuration: fired
 * (synchronously, in the reporting call's transaction) when the applied revision changes, for
 * features that wait on it — an installation request is installed once revision 1 runs.
 */
public record ConfigurationApplied(long installationId, int revision, Instant at) {}
