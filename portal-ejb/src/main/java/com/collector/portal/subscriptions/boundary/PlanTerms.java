package com.collector.portal.subscriptions.boundary;

import com.collector.portal.subscriptions.entity.PlanEntitlements;
import com.collector.portal.subscriptions.entity.Term;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What one plan version offers. Features left out are not included; limits left out are unlimited.
 */
public record PlanTerms(
    @NotNull Term term,
    @Min(1) @Max(365) Integer trialDays,
    Boolean scheduledExtractions,
    Boolean configSync,
    Boolean apiAccess,
    Boolean prioritySupport,
    @Min(0) @Max(1_000_000) Integer maxInstallations,
    @Min(0) @Max(1_000_000) Integer maxUsers,
    @Min(1) @Max(3650) Integer telemetryRetentionDays,
    @Size(max = 200)
        List<@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String> allowedPlugins) {

  PlanEntitlements entitlements() {
    return new PlanEntitlements(
        Boolean.TRUE.equals(scheduledExtractions),
        Boolean.TRUE.equals(configSync),
        Boolean.TRUE.equals(apiAccess),
        Boolean.TRUE.equals(prioritySupport),
        maxInstallations,
        maxUsers,
        telemetryRetentionDays,
        allowedPlugins == null ? List.of() : allowedPlugins.stream().distinct().toList());
  }
}
