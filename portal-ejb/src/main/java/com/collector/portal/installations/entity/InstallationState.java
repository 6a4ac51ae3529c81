package com.collector.portal.installations.entity;

/** Where an installation stands: created and waiting for its enrollment, in use, or retired. */
public enum InstallationState {
  PENDING,
  ACTIVE,
  RETIRED
}
