package com.collector.portal.installations.boundary;

/** The answer to an enrollment: the installation and its credential, shown this once. */
public record Enrolled(long installationId, String credential) {}
