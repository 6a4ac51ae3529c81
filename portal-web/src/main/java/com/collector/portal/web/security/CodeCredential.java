package com.collector.portal.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a page sign-in: an authenticator or recovery code. */
public record CodeCredential(String code) implements Credential {}
