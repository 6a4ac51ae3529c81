package com.collector.portal.web.subscriptions.rest;

import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/subscriptions/{id}/plan-change}. */
public record PlanChangeJson(Long planId) {

  @JsonbCreator
  public PlanChangeJson {}
}
