package com.collector.portal.identity.boundary;

/** An access token (JWT) and the refresh token that renews it. */
public record IssuedTokens(
    String accessToken, String tokenType, long expiresIn, String refreshToken) {}
