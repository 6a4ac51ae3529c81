package com.collector.portal.web.tickets.faces;

import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tickets.boundary.AgentView;
import com.collector.portal.tickets.boundary.Assignment;
import com.collector.portal.tickets.boundary.NewEntry;
import com.collector.portal.tickets.boundary.NewStep;
import com.collector.portal.tickets.boundary.PlannedActionView;
import com.collector.portal.tickets.boundary.StepChange;
import com.collector.portal.tickets.boundary.TicketDetailView;
import com.collector.portal.tickets.boundary.TicketMove;
import com.collector.portal.tickets.boundary.TicketPlans;
import com.collector.portal.tickets.boundary.Tickets;
import com.collector.portal.tickets.entity.ActionStatus;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One ticket ({@code ticket.xhtml?number=}): its plan with progress, the timeline and a comment box
 * for everyone who sees it; agents also plan steps, record progress, log work, assign and move it.
 * An unknown number, or one outside the caller's subtree, is answered with 404.
 */
@Named
@ViewScoped
public class TicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Tickets tickets;
  @Inject TicketPlans plans;

  private String number;
  private TicketDetailView detail;
  private boolean agent;
  private List<AgentView> agents = List.of();

  private String body;
  private boolean internal;
  private Integer minutes;
  private String step;
  private boolean stepInternal;
  private Long agentId;
  private String queue;

  public void load() throws IOException {
    try {
      detail = tickets.get(Long.parseLong(number == null ? "" : number.strip()));
    } catch (NumberFormatException | NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Messages.text("error.notFound"));
      faces.responseComplete();
      return;
    }
    agent = tickets.mayWork();
    if (agent) {
      agents = tickets.agents();
      agentId = detail.ticket().assigneeId();
      queue = detail.ticket().queue();
    }
  }

  public void comment() {
    if (change(
        "comment", () -> tickets.comment(current(), new NewEntry(body, internal, minutes)))) {
      body = null;
      minutes = null;
      internal = false;
    }
  }

  public void addStep() {
    if (change("plan", () -> plans.add(current(), new NewStep(step, null, null, stepInternal)))) {
      step = null;
      stepInternal = false;
    }
  }

  public void startFromTemplate() {
    change("plan", () -> plans.startFromTemplate(current()));
  }

  public void progress(PlannedActionView action, ActionStatus status) {
    change("plan", () -> plans.progress(current(), action.id(), new StepChange(status)));
  }

  public void move(TicketState to) {
    change("moves", () -> tickets.move(current(), new TicketMove(to, null)));
  }

  public void watch() {
    change("moves", () -> tickets.watch(current(), null));
  }

  public void unwatch() {
    change("moves", () -> tickets.unwatch(current(), null));
  }

  public void assign() {
    change("assignment", () -> tickets.assign(current(), new Assignment(agentId, queue)));
  }

  /** Runs a change and shows the ticket it answers; a refusal shows at the form's fields. */
  private boolean change(String formId, Supplier<TicketDetailView> change) {
    try {
      detail = change.get();
      Messages.info("ticket.saved");
      return true;
    } catch (PortalException e) {
      FieldMessages.show(formId, e);
      return false;
    }
  }

  private long current() {
    return detail.ticket().number();
  }

  /** Who watches, as the page lists them. */
  public String getWatcherNames() {
    return detail.watchers().stream()
        .map(w -> w.name() == null || w.name().isBlank() ? w.email() : w.name())
        .collect(Collectors.joining(", "));
  }

  public String moment(Instant instant) {
    return Dates.moment(instant);
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public TicketDetailView getDetail() {
    return detail;
  }

  public boolean isAgent() {
    return agent;
  }

  public List<AgentView> getAgents() {
    return agents;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public boolean isStepInternal() {
    return stepInternal;
  }

  public void setStepInternal(boolean stepInternal) {
    this.stepInternal = stepInternal;
  }

  public Long getAgentId() {
    return agentId;
  }

  public void setAgentId(Long agentId) {
    this.agentId = agentId;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }
}
