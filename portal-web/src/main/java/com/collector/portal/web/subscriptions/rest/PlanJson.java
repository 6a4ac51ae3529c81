package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.subscriptions.boundary.NewPlan;
import jakarta.json.bind.annotation.JsonbCreator;

/** Body of {@code POST /api/v1/plans}. */
public record PlanJson(
    String code, String nameEn, String nameFr, String nameNl, PlanTermsJson terms) {

  @JsonbCreator
  public PlanJson {}

  NewPlan toInput() {
    return new NewPlan(code, nameEn, nameFr, nameNl, terms == null ? null : terms.toInput());
  }
}
