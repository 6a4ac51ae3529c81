package com.collector.portal.web.subscriptions.rest;

import com.collector.portal.web.rest.IsoDates;
import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;

/** Body of {@code POST /api/v1/subscriptions/{id}/trial-extension}: the trial's last day. */
public record TrialExtensionJson(String until) {

  @JsonbCreator
  public TrialExtensionJson {}

  /** The last day, or a 400 naming {@code until} when it is not an ISO date. */
  LocalDate lastDay() {
    return IsoDates.optional(until, "until");
  }
}
