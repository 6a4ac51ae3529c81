package com.collector.portal.web.distribution.rest;

import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/releases/{id}/rollout}: the new percentage, 0..100. */
public record RolloutJson(Integer percent) {

  @JsonbCreator
  public RolloutJson {}
}
