package com.collector.portal.web.tickets.faces;

import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tickets.boundary.TemplateInput;
import com.collector.portal.tickets.boundary.TemplateView;
import com.collector.portal.tickets.boundary.TicketTemplates;
import com.collector.portal.tickets.boundary.Tickets;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan templates page: every category's standard plan; vendor administrators edit one as lines
 * of text, one step per line, a line starting with {@code *} being internal.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String INTERNAL = "*";

  @Inject TicketTemplates templates;
  @Inject Tickets tickets;

  private List<TemplateView> all;
  private TicketCategory category = TicketCategory.INSTALLATION;
  private String name;
  private String steps;

  /** Answers 403 to anyone but customer service's agents; loads the templates otherwise. */
  public void load() throws IOException {
    if (!tickets.mayWork()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, Messages.text("error.forbidden"));
      faces.responseComplete();
      return;
    }
    if (all == null) {
      all = templates.list();
      edit();
    }
  }

  /** Shows the chosen category's template in the form. */
  public void edit() {
    TemplateView template =
        all.stream().filter(t -> t.category() == category).findFirst().orElseThrow();
    name = template.name();
    steps =
        template.steps().stream()
            .map(s -> (s.internal() ? INTERNAL + " " : "") + s.description())
            .collect(Collectors.joining("\n"));
  }

  public void save() {
    List<TemplateInput.Step> parsed =
        Arrays.stream(steps == null ? new String[0] : steps.split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .map(
                line ->
                    line.startsWith(INTERNAL)
                        ? new TemplateInput.Step(line.substring(1).strip(), true)
                        : new TemplateInput.Step(line, false))
            .toList();
    try {
      templates.revise(category, new TemplateInput(name, parsed));
      all = templates.list();
      Messages.info("templates.saved");
    } catch (PortalException e) {
      FieldMessages.show("template", e);
    }
  }

  public List<TemplateView> getAll() {
    return all;
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }
}
