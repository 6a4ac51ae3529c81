package com.collector.portal.web.installrequests.faces;

import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestDetailView;
import com.collector.portal.installrequests.boundary.RequestWorkflow;
import com.collector.portal.installrequests.boundary.Started;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.web.layout.Dates;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

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

  private Long id;
  private RequestDetailView detail;
  private boolean mayWork;
  private String reason;
  private LocalDateTime appointment;
  private String note;
  private String code;

  public void load() {
    detail = requests.get(id);
    mayWork = workflow.mayWork();
  }

  public void accept() {
    detail = workflow.accept(id);
  }

  public void reject() {
    detail = workflow.reject(id, reason);
  }

  public void schedule() {
    Instant at =
        appointment == null ? null : appointment.atZone(ZoneId.of("Europe/Brussels")).toInstant();
    detail = workflow.schedule(id, at, note);
  }

  public void start() {
    Started started = workflow.start(id);
    detail = started.request();
    code = started.enrollmentCode();
  }

  public void close() {
    detail = workflow.close(id, note);
  }

  public String moment(Instant instant) {
    return Dates.moment(instant);
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
}
