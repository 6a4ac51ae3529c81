package com.collector.portal.tickets.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A category's template as a vendor administrator writes it. */
public record TemplateInput(
    @NotBlank @Size(max = 200) String name,
    @NotEmpty @Size(max = 30) List<@Valid @NotNull Step> steps) {

  /** One step; internal ones are seen by customer service only. */
  public record Step(@NotBlank @Size(max = 500) String description, boolean internal) {}
}
