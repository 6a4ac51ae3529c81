package com.collector.portal.configuration.boundary;

import java.util.List;

/**
 * What a write did: the configuration now current, whether the write was merged with changes made
 * since its base, and the keys that conflicted (the portal's values kept).
 */
public record WriteOutcome(
    ConfigurationView configuration, boolean merged, List<ConflictView> conflicts) {}
