package com.collector.portal.tickets.control;

import com.collector.portal.tickets.entity.TemplateStep;
import com.collector.portal.tickets.entity.TicketCategory;
import java.util.List;

/** The plans a category starts from until the vendor writes its own. */
public final class DefaultTemplates {

  /** A template's name and steps. */
  public record Template(String name, List<TemplateStep> steps) {}

  private DefaultTemplates() {}

  public static Template of(TicketCategory category) {
    return switch (category) {
      case INSTALLATION ->
          new Template(
              "New installation",
              List.of(
                  step("Check the installation request and the subscription"),
                  step("Prepare the Collector's initial configuration"),
                  step("Create the installation and its enrollment code"),
                  step("Install the Collector on the customer's machine"),
                  step("Run a first extraction and check its data"),
                  step("Hand over to the customer")));
      case INCIDENT ->
          new Template(
              "Incident",
              List.of(
                  step("Confirm the impact with the customer"),
                  new TemplateStep("Collect logs and telemetry", true),
                  step("Restore the extractions"),
                  step("Explain the cause and the fix")));
      case CONFIGURATION_CHANGE ->
          new Template(
              "Configuration change",
              List.of(
                  step("Agree on the change with the customer"),
                  step("Apply the change to the configuration"),
                  step("Check the next extraction")));
      case SUBSCRIPTION ->
          new Template(
              "Subscription",
              List.of(step("Check the subscription"), step("Confirm to the customer")));
      case SUPPORT ->
          new Template(
              "Support", List.of(step("Understand the question"), step("Answer the customer")));
    };
  }

  private static TemplateStep step(String description) {
    return new TemplateStep(description, false);
  }
}
