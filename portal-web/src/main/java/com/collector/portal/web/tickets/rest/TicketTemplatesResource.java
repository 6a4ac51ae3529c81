package com.collector.portal.web.tickets.rest;

import com.collector.portal.platform.boundary.Choices;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tickets.boundary.TemplateView;
import com.collector.portal.tickets.boundary.TicketTemplates;
import com.collector.portal.tickets.entity.TicketCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Plan templates per ticket category: agents read them, vendor administrators write them. */
@RequestScoped
@Path("v1/ticket-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketTemplatesResource {

  @Inject TicketTemplates templates;

  @GET
  public List<TemplateView> list() {
    return templates.list();
  }

  @GET
  @Path("{category}")
  public TemplateView get(@PathParam("category") String category) {
    return templates.get(category(category));
  }

  @PUT
  @Path("{category}")
  public TemplateView revise(@PathParam("category") String category, TemplateJson input) {
    return templates.revise(category(category), input == null ? null : input.toInput());
  }

  private static TicketCategory category(String value) {
    TicketCategory category = Choices.parse(TicketCategory.class, value, "category");
    if (category == null) {
      throw new InvalidInputException("category", "is required");
    }
    return category;
  }
}
