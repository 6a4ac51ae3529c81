package com.collector.portal.installations.boundary;

import java.time.Instant;

/** A new one-time enrollment code, shown once: only its hash is kept. */
public record EnrollmentCode(InstallationView installation, String code, Instant expiresAt) {}
