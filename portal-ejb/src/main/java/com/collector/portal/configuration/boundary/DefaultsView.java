package com.collector.portal.configuration.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/** A partner's or customer's defaults, secrets masked; {@code locked}: keys lower levels keep. */
public record DefaultsView(
    long organizationId,
    JsonObject document,
    Set<String> locked,
    String updatedBy,
    Instant updatedAt,
    int installationsUpdated) {}
