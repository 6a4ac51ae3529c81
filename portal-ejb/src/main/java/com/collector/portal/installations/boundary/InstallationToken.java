package com.collector.portal.installations.boundary;

/** A short-lived access token (JWT) for an installation; no refresh token: the credential is. */
public record InstallationToken(String accessToken, String tokenType, long expiresIn) {}
