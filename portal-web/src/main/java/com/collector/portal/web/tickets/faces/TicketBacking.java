package com.collector.portal.web.tickets.faces;

import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.tickets.boundary.AgentView;
import com.collector.portal.tickets.boundary.Assignment;
import com.collector.portal.tickets.boundary.AttachmentDownload;
import com.collector.portal.tickets.boundary.AttachmentView;
import com.collector.portal.tickets.boundary.NewEntry;
import com.collector.portal.tickets.boundary.NewStep;
import com.collector.portal.tickets.boundary.PlannedActionView;
import com.collector.portal.tickets.boundary.Reclassification;
import com.collector.portal.tickets.boundary.StepChange;
import com.collector.portal.tickets.boundary.TicketAttachments;
import com.collector.portal.tickets.boundary.TicketDetailView;
import com.collector.portal.tickets.boundary.TicketLinks;
import com.collector.portal.tickets.boundary.TicketMove;
import com.collector.portal.tickets.boundary.TicketPlans;
import com.collector.portal.tickets.boundary.Tickets;
import com.collector.portal.tickets.entity.ActionStatus;
import com.collector.portal.tickets.entity.TicketCategory;
import com.collector.portal.tickets.entity.TicketPriority;
import com.collector.portal.tickets.entity.TicketState;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

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
  @Inject TicketAttachments attachments;
  @Inject TicketLinks links;

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
  private boolean fileInternal;
  private TicketPriority priority;
  private TicketCategory category;
  private String other;

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
      priority = detail.ticket().priority();
      category = detail.ticket().category();
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

  /** Receives a file from {@code p:fileUpload}; the internal box came with the form before. */
  public void upload(FileUploadEvent event) {
    if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION) {
      // PrimeFaces fires the event while validating, before the checkbox reaches this bean.
      event.setPhaseId(PhaseId.INVOKE_APPLICATION);
      event.queue();
      return;
    }
    UploadedFile file = event.getFile();
    try (InputStream body = file.getInputStream()) {
      attachments.attach(current(), file.getFileName(), file.getContentType(), fileInternal, body);
      detail = tickets.get(current());
      fileInternal = false;
      Messages.info("ticket.saved");
    } catch (PortalException e) {
      FieldMessages.show("files", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An attachment as a download. */
  public StreamedContent download(AttachmentView file) {
    AttachmentDownload download = attachments.download(current(), file.id());
    return DefaultStreamedContent.builder()
        .name(download.file().fileName())
        .contentType(download.file().contentType())
        .contentLength(download.file().size())
        .stream(download::open)
        .build();
  }

  public long getMaxAttachmentBytes() {
    return attachments.maxBytes();
  }

  public boolean isFileInternal() {
    return fileInternal;
  }

  public void setFileInternal(boolean fileInternal) {
    this.fileInternal = fileInternal;
  }

  public void reclassify() {
    change(
        "classification",
        () -> tickets.reclassify(current(), new Reclassification(priority, category)));
  }

  public void link() {
    Long number = otherNumber();
    if (number != null && change("classification", () -> links.link(current(), number))) {
      other = null;
    }
  }

  /** Merges this ticket into the one named in the number field, and shows that one. */
  public String merge() {
    Long into = otherNumber();
    if (into != null && change("classification", () -> tickets.merge(current(), into))) {
      return "/ticket?faces-redirect=true&number=" + into;
    }
    return null;
  }

  private Long otherNumber() {
    String digits = other == null ? "" : other.strip().replaceFirst("(?i)^t-", "");
    if (!digits.matches("[0-9]{1,18}")) {
      Messages.error("ticket.relatedUnknown");
      return null;
    }
    return Long.valueOf(digits);
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public TicketPriority getPriority() {
    return priority;
  }

  public void setPriority(TicketPriority priority) {
    this.priority = priority;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getOther() {
    return other;
  }

  public void setOther(String other) {
    this.other = other;
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
