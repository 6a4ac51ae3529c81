package com.collector.portal.installations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to create an installation: its customer and a name people recognize. */
public record NewInstallation(@NotNull Long customerId, @NotBlank @Size(max = 100) String name) {}
