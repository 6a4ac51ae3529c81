package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.PlanTerms;
import com.collector.portal.subscriptions.entity.Term;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/** Body of {@code POST /api/v1/plans/{id}/versions}, and {@code terms} of a new plan. */
public record PlanTermsJson(
    String term,
    Integer trialDays,
    Boolean scheduledExtractions,
    Boolean configSync,
    Boolean apiAccess,
    Boolean prioritySupport,
    Integer maxInstallations,
    Integer maxUsers,
    Integer telemetryRetentionDays,
    List<String> allowedPlugins) {

  @JsonbCreator
  public PlanTermsJson {}

  PlanTerms toInput() {
    return new PlanTerms(
        term(term),
        trialDays,
        scheduledExtractions,
        configSync,
        apiAccess,
        prioritySupport,
        maxInstallations,
        maxUsers,
        telemetryRetentionDays,
        allowedPlugins);
  }

  private static Term term(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Term.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("term", "must be MONTHLY or YEARLY");
    }
  }
}
