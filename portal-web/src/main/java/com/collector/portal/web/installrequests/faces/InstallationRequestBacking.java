package com.collector.portal.web.installrequests.faces;

import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestDetailView;
import com.collector.portal.installrequests.boundary.RequestWorkflow;
import com.collector.portal.installrequests.boundary.Started;
import com.collector.portal.installrequests.control.AppointmentTimes;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * One installation request: its state, timeline, the linked ticket's plan, appointment and handler;
 * agents move it along (starting it shows the enrollment code once).
 */
@Named
@ViewScoped
public class InstallationRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InstallationRequests requests;
  @Inject RequestWorkflow workflow;
  @Inject AppointmentTimes appointments;

  private Long id;
  private RequestDetailView detail;
  private boolean mayWork;
  private String reason;
  private LocalDateTime appointment;
  private String note;
  private String code;
  private Instant codeExpiresAt;

  /** Loads the request of {@code ?id=}; without one there is nothing to show but why. */
  public void load() {
    if (id == null) {
      Messages.error("error.notFound");
      return;
    }
    detail = requests.get(id);
    mayWork = workflow.mayWork();
  }

  public void accept() {
    move(() -> workflow.accept(id));
  }

  public void reject() {
    move(() -> workflow.reject(id, reason));
  }

  public void schedule() {
    // Entered in the appointments' zone, which the field's label names, as the mails show it.
    Instant at = appointments.instant(appointment);
    move(() -> workflow.schedule(id, at, note));
  }

  public void start() {
    try {
      Started started = workflow.start(id);
      detail = started.request();
      code = started.enrollmentCode();
      codeExpiresAt = started.codeExpiresAt();
    } catch (PortalException e) {
      RequestMessages.show(e);
    }
  }

  public void close() {
    move(() -> workflow.close(id, note));
  }

  /** One move; a refusal shows in the user's language, as the API words it. */
  private void move(Supplier<RequestDetailView> move) {
    try {
      detail = move.get();
    } catch (PortalException e) {
      RequestMessages.show(e);
    }
  }

  public String moment(Instant instant) {
    return Dates.moment(instant);
  }

  /** The appointment as the mails about it show it, naming its zone. */
  public String appointmentText(Instant at) {
    return appointments.text(at, Dates.locale());
  }

  /** The zone appointments are entered and shown in, e.g. Europe/Brussels. */
  public String getAppointmentZone() {
    return appointments.zone().getId();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RequestDetailView getDetail() {
    return detail;
  }

  public boolean isMayWork() {
    return mayWork;
  }

  /** Whether the request may still be turned down (the state machine says, not the page). */
  public boolean isRejectable() {
    return detail != null && detail.request().state().next().contains(RequestState.REJECTED);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDateTime getAppointment() {
    return appointment;
  }

  public void setAppointment(LocalDateTime appointment) {
    this.appointment = appointment;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCode() {
    return code;
  }

  public Instant getCodeExpiresAt() {
    return codeExpiresAt;
  }
}
