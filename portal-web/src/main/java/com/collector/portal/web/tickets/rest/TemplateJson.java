package com.collector.portal.web.tickets.rest;

import com.collector.portal.tickets.boundary.TemplateInput;
import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/** Body of {@code PUT /api/v1/ticket-templates/{category}}. */
public record TemplateJson(String name, List<StepJson> steps) {

  @JsonbCreator
  public TemplateJson {}

  /** One step of the template. */
  public record StepJson(String description, Boolean internal) {

    @JsonbCreator
    public StepJson {}
  }

  TemplateInput toInput() {
    return new TemplateInput(
        name,
        steps == null
            ? List.of()
            : steps.stream()
                .map(
                    s ->
                        s == null
                            ? null
                            : new TemplateInput.Step(
                                s.description(), Boolean.TRUE.equals(s.internal())))
                .toList());
  }
}
