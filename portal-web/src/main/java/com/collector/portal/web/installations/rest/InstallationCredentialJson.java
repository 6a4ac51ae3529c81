package com.collector.portal.web.installations.rest;

import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/collector/v1/token} for an installation. */
public record InstallationCredentialJson(Long installationId, String credential) {

  @JsonbCreator
  public InstallationCredentialJson {}
}
