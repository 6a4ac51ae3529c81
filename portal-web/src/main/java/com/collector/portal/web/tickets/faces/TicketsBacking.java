package com.collector.portal.web.tickets.faces;

import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tickets.boundary.AgentView;
import com.collector.portal.tickets.boundary.NewTicket;
import com.collector.portal.tickets.boundary.OpenedTicket;
import com.collector.portal.tickets.boundary.TicketFilter;
import com.collector.portal.tickets.boundary.TicketView;
import com.collector.portal.tickets.boundary.Tickets;
import com.collector.portal.tickets.boundary.TimeAccounting;
import com.collector.portal.tickets.boundary.TimeReport;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.CustomerPicker;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The tickets of the caller's subtree: customer service's queue (filter, mine only) and a partner's
 * or customer's own list; anyone who sees tickets opens one from here.
 */
@Named
@ViewScoped
public class TicketsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;
  @Inject Organizations organizations;
  @Inject Clock clock;
  @Inject TimeAccounting accounting;

  private BoundaryLazyModel<TicketView> model;
  private boolean agent;
  private List<AgentView> agents = List.of();
  private Long bulkAgentId;
  private LocalDate reportFrom;
  private LocalDate reportTo;
  private CustomerPicker customerFilter;
  private TicketState stateFilter;
  private boolean activeOnly = true;
  private boolean mine;
  private String text;

  private CustomerPicker customer;
  private String subject;
  private String description;
  private TicketCategory category = TicketCategory.SUPPORT;
  private TicketPriority priority = TicketPriority.NORMAL;

  @PostConstruct
  void init() {
    customerFilter = new CustomerPicker(organizations).lookUpSingle();
    customer = new CustomerPicker(organizations);
    reportTo = LocalDate.now(clock);
    reportFrom = reportTo.withDayOfMonth(1);
    agent = tickets.mayWork();
    if (agent) {
      agents = tickets.agents();
    }
    model = new BoundaryLazyModel<>(request -> tickets.page(filter(), request), TicketView::number);
  }

  private TicketFilter filter() {
    return new TicketFilter(
        customerFilter.chosenId(),
        stateFilter,
        null,
        null,
        null,
        activeOnly && stateFilter == null,
        mine,
        text);
  }

  /** Hands every selected ticket to the chosen agent (or to nobody), keeping its queue. */
  public void assignSelected() {
    // Plain checkboxes named "pick": a lazy table does not decode inputs of its rows on postback.
    String[] ticked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("pick", new String[0]);
    List<Long> numbers =
        Arrays.stream(ticked).filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
    if (numbers.isEmpty()) {
      Messages.error("tickets.noneSelected");
      return;
    }
    int assigned = 0;
    for (long number : numbers) {
      try {
        tickets.handTo(number, bulkAgentId);
        assigned++;
      } catch (PortalException e) {
        Messages.show(e);
      }
    }
    Messages.info(assigned == 1 ? "tickets.assignedOne" : "tickets.assignedMany");
  }

  /** The work logged in the chosen days (of the chosen customer) as CSV. */
  public StreamedContent getTimeReport() {
    String csv =
        accounting.csv(new TimeReport(reportFrom, reportTo, customerFilter.chosenId(), null));
    return DefaultStreamedContent.builder()
        .name("time-report-" + reportFrom + "-" + reportTo + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  public LocalDate getReportFrom() {
    return reportFrom;
  }

  public void setReportFrom(LocalDate reportFrom) {
    this.reportFrom = reportFrom;
  }

  public LocalDate getReportTo() {
    return reportTo;
  }

  public void setReportTo(LocalDate reportTo) {
    this.reportTo = reportTo;
  }

  public List<AgentView> getAgents() {
    return agents;
  }

  public Long getBulkAgentId() {
    return bulkAgentId;
  }

  public void setBulkAgentId(Long bulkAgentId) {
    this.bulkAgentId = bulkAgentId;
  }

  public void startOpen() {
    OrganizationView single = customerFilter.getSingle();
    customer.choose(single != null ? single : customerFilter.getChosen());
    subject = null;
    description = null;
    category = TicketCategory.SUPPORT;
    priority = TicketPriority.NORMAL;
  }

  /** Opens the ticket and goes to its page. */
  public String open() {
    try {
      OpenedTicket opened =
          tickets.open(
              new NewTicket(
                  customer.chosenId(), null, subject, description, category, priority, null));
      return "/ticket?faces-redirect=true&number=" + opened.ticket().number();
    } catch (PortalException e) {
      FieldMessages.show("open", e);
      return null;
    }
  }

  public boolean isAgent() {
    return agent;
  }

  /** Whether a service-level target of the row was missed. */
  public boolean overdue(TicketView ticket) {
    Instant due = ticket.serviceLevel().nextDueAt();
    return due != null && !clock.instant().isBefore(due);
  }

  public String moment(Instant instant) {
    return Dates.moment(instant);
  }

  public TicketState[] getStates() {
    return TicketState.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  public BoundaryLazyModel<TicketView> getModel() {
    return model;
  }

  public CustomerPicker getCustomerFilter() {
    return customerFilter;
  }

  public TicketState getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(TicketState stateFilter) {
    this.stateFilter = stateFilter;
  }

  public boolean isActiveOnly() {
    return activeOnly;
  }

  public void setActiveOnly(boolean activeOnly) {
    this.activeOnly = activeOnly;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CustomerPicker getCustomer() {
    return customer;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public void setPriority(TicketPriority priority) {
    this.priority = priority;
  }
}
