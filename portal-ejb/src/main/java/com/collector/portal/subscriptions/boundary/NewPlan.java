package com.collector.portal.subscriptions.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A plan to add to the catalog with its first version. */
public record NewPlan(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String code,
    @NotBlank @Size(max = 200) String nameEn,
    @NotBlank @Size(max = 200) String nameFr,
    @NotBlank @Size(max = 200) String nameNl,
    @NotNull @Valid PlanTerms terms) {}
