package com.collector.portal.web.identity.rest;

import com.collector.portal.identity.boundary.NewApiToken;
import com.collector.portal.identity.entity.Right;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.Set;

/** Body of {@code POST /api/v1/api-tokens}; {@code days} defaults to 90. */
public record NewApiTokenJson(String name, Set<Right> rights, Integer days) {

  @JsonbCreator
  public NewApiTokenJson {}

  NewApiToken toInput() {
    return new NewApiToken(name, rights, days == null ? 90 : days);
  }
}
