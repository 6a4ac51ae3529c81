package com.collector.portal.identity.boundary;

/** A new token with its secret, shown this once. */
public record CreatedApiToken(ApiTokenView token, String secret) {}
