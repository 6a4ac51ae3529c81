package com.collector.portal.installations.boundary;

import com.collector.portal.installations.entity.InstallationState;

/** Narrows a listing of installations; null fields do not filter. */
public record InstallationFilter(Long customerId, InstallationState state) {}
