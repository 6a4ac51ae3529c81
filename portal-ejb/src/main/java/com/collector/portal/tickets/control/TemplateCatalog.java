package com.collector.portal.tickets.control;

import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.PlannedAction;
import com.collector.portal.tickets.entity.TemplateStep;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketEntry;
import com.collector.portal.tickets.entity.TicketTemplate;
import com.collector.portal.tickets.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The template of a category: the vendor's, or else the portal's default. */
@ApplicationScoped
public class TemplateCatalog {

  @Inject Store store;

  /** The template the vendor wrote for {@code category}, if any (vendor scopes only see it). */
  public Optional<TicketTemplate> stored(TicketCategory category) {
    return store.single(TicketTemplate.class, "e.category = :c", Map.of("c", category));
  }

  public DefaultTemplates.Template of(TicketCategory category) {
    return stored(category)
        .map(t -> new DefaultTemplates.Template(t.name(), t.steps()))
        .orElseGet(() -> DefaultTemplates.of(category));
  }

  /**
   * Adds the steps of the template of the ticket's category to its plan after {@code position};
   * answers the timeline entries saying so, for the caller to record.
   */
  public List<TicketEntry> appendTo(
      Ticket ticket,
      int position,
      Author by,
      Function<TemplateStep, Visibility> visibility,
      Instant now) {
    List<TicketEntry> entries = new ArrayList<>();
    int next = position;
    for (TemplateStep step : steps(ticket.category())) {
      PlannedAction action =
          store.add(
              new PlannedAction(
                  ticket, ++next, step.description(), null, null, visibility.apply(step), now));
      entries.add(ticket.planChanged(action, "Planned: " + action.description(), by, now));
    }
    return entries;
  }

  public List<TemplateStep> steps(TicketCategory category) {
    return of(category).steps();
  }
}
