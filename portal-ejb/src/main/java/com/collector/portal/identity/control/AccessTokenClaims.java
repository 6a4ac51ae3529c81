package com.collector.portal.identity.control;

import java.time.Instant;
import java.util.Set;

/**
 * What an access token says about its holder, once its signature and times have been checked.
 *
 * @param organizationPath the subtree the token acts on: the user's, or the customer's for a
 *     Collector
 * @param customerId the customer a Collector token is bound to, null for other tokens
 */
public record AccessTokenClaims(
    String subject,
    String email,
    String organizationPath,
    Set<String> groups,
    Instant issuedAt,
    Instant expiresAt,
    Long customerId) {}
