package com.collector.portal.identity.control;

import java.time.Instant;
import java.util.Set;

/** What an access token says about its holder, once its signature and times have been checked. */
public record AccessTokenClaims(
    String subject,
    String email,
    String organizationPath,
    Set<String> groups,
    Instant issuedAt,
    Instant expiresAt) {}
