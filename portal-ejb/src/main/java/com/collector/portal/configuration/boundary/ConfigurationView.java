package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.entity.RevisionSource;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * An installation's current configuration as people see it (secrets masked): its own settings, the
 * effective document with where each value comes from and which keys are locked, and whether the
 * Collector runs it.
 */
public record ConfigurationView(
    long installationId,
    int revision,
    JsonObject document,
    JsonObject effective,
    Map<String, String> sources,
    Map<String, String> lockedBy,
    Integer appliedRevision,
    Instant appliedAt,
    boolean applied,
    long openConflicts,
    RevisionSource source,
    String author,
    String comment,
    Instant createdAt) {}
