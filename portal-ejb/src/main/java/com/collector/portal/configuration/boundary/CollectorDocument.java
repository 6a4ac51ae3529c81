package com.collector.portal.configuration.boundary;

import com.collector.portal.configuration.entity.RevisionSource;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The configuration as its installation gets it: the effective document with secrets in plain text
 * (only ever answered to the installation itself), and after a push whether it was merged and which
 * keys conflicted.
 */
public record CollectorDocument(
    int revision,
    JsonObject document,
    RevisionSource source,
    Instant createdAt,
    boolean merged,
    List<ConflictView> conflicts) {}
