package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Right;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A token to create: its name, the rights it carries (a subset of the creator's) and lifetime. */
public record NewApiToken(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty Set<@NotNull Right> rights,
    @NotNull @Min(1) @Max(365) Integer days) {}
