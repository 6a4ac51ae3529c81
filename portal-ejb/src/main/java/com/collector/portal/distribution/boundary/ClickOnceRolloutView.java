package com.collector.portal.distribution.boundary;

/**
 * An app release of a channel in a partial rollout: served in the rings below {@code percent}.
 *
 * @param version the release's version
 * @param percent its rollout percentage, 0..99
 * @param mandatory whether it becomes those rings' minimum required version
 */
public record ClickOnceRolloutView(String version, int percent, boolean mandatory) {}
