package com.collector.portal.tickets.control;

import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.entity.TemplateStep;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  public List<TemplateStep> steps(TicketCategory category) {
    return of(category).steps();
  }
}
