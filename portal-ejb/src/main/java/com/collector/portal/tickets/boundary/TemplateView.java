package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.TicketCategory;
import java.time.Instant;
import java.util.List;

/**
 * The plan template of a category.
 *
 * @param builtIn whether it is the portal's default, not yet written by the vendor
 */
public record TemplateView(
    TicketCategory category,
    String name,
    List<Step> steps,
    boolean builtIn,
    String updatedBy,
    Instant updatedAt) {

  /** One step of the template. */
  public record Step(String description, boolean internal) {}
}
