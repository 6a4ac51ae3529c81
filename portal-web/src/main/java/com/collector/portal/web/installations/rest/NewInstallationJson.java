package com.collector.portal.web.installations.rest;

import com.collector.portal.installations.boundary.NewInstallation;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/installations}. */
public record NewInstallationJson(Long customerId, String name) {

  @JsonbCreator
  public NewInstallationJson {}

  NewInstallation toInput() {
    return new NewInstallation(customerId, name);
  }
}
