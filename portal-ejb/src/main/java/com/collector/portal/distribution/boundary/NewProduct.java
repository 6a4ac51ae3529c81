package com.collector.portal.distribution.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A plugin to add to the catalog. Its {@code code} is the id its packages' manifests carry.
 *
 * @param code letters, digits, {@code . _ -}, up to 100, starting alphanumeric
 */
public record NewProduct(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}") String code,
    @NotBlank @Size(max = 200) String nameEn,
    @NotBlank @Size(max = 200) String nameFr,
    @NotBlank @Size(max = 200) String nameNl,
    @Size(max = 2000) String description) {}
