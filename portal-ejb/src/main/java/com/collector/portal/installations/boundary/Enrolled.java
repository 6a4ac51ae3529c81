package com.collector.portal.installations.boundary;

/**
 * The answer to an enrollment: the installation and its credential, shown this once, and whether
 * the installation had enrolled before (a reinstall).
 */
public record Enrolled(long installationId, String credential, boolean reEnrolled) {}
