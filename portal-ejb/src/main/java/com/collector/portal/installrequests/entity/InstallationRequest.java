package com.collector.portal.installrequests.entity;

import com.collector.portal.configuration.entity.JsonDocumentConverter;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.json.JsonObject;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to install the Collector for one customer: the wizard's answers, then customer
 * service's workflow ({@link RequestState}), each move an operation here that checks it is allowed
 * and keeps it in the history. Owned by the requester's organization while a draft names a customer
 * yet to be created, by the customer from the submission on.
 */
@Entity
@Table(name = "installation_request")
public class InstallationRequest implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "customer_name")
  private String customerName;

  @Enumerated(EnumType.STRING)
  private RequestState state;

  @Convert(converter = JsonDocumentConverter.class)
  private JsonObject answers;

  @Column(name = "requester_id")
  private Long requesterId;

  private String requester;

  @Column(name = "installation_id")
  private Long installationId;

  @Column(name = "ticket_number")
  private Long ticketNumber;

  @Column(name = "handler_id")
  private Long handlerId;

  @Column(name = "handler_name")
  private String handlerName;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "appointment_note")
  private String appointmentNote;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "state_since")
  private Instant stateSince;

  @Column(name = "stuck_flagged_at")
  private Instant stuckFlaggedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "installation_request_transition",
      joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<RequestTransition> history = new ArrayList<>();

  @Version private long version;

  protected InstallationRequest() {}

  /**
   * A new draft of {@code requester} (a user, null for none), owned by {@code ownerPath}: the
   * customer's path when it exists, else the requester's organization's.
   */
  public InstallationRequest(
      String ownerPath,
      Long customerId,
      String customerName,
      JsonObject answers,
      Long requesterId,
      String requester,
      Instant now) {
    this.ownerPath = ownerPath;
    this.customerId = customerId;
    this.customerName = customerName;
    this.answers = answers;
    this.requesterId = requesterId;
    this.requester = requester;
    this.state = RequestState.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
    this.stateSince = now;
    history.add(new RequestTransition(null, RequestState.DRAFT, requester, now, null));
  }

  /** Replaces a draft's answers (and the customer they name, with its path). */
  public void revise(
      String newOwnerPath,
      Long newCustomerId,
      String newCustomerName,
      JsonObject newAnswers,
      Instant now) {
    requireState(RequestState.DRAFT);
    ownerPath = newOwnerPath;
    customerId = newCustomerId;
    customerName = newCustomerName;
    answers = newAnswers;
    updatedAt = now;
  }

  /** Submits the complete answers for {@code customer} (created or checked by the caller). */
  public void submit(
      String customerPath,
      long customer,
      String name,
      JsonObject finalAnswers,
      String actor,
      Instant now) {
    revise(customerPath, customer, name, finalAnswers, now);
    move(RequestState.SUBMITTED, actor, now, null);
  }

  /** The installation and the ticket the submission made for this request. */
  public void deliverThrough(long installation, long ticket) {
    this.installationId = installation;
    this.ticketNumber = ticket;
  }

  /** Customer service takes the request; {@code handler} follows it from now on. */
  public void accept(long handler, String handlerDisplayName, String actor, Instant now) {
    move(RequestState.ACCEPTED, actor, now, null);
    this.handlerId = handler;
    this.handlerName = handlerDisplayName;
  }

  /** Turns the request down, from submitted up to scheduled; the requester is told why. */
  public void reject(String reason, String actor, Instant now) {
    move(RequestState.REJECTED, actor, now, reason);
    this.rejectionReason = reason;
  }

  /** Agrees on an appointment, or moves the one agreed. */
  public void schedule(Instant appointment, String note, String actor, Instant now) {
    move(RequestState.SCHEDULED, actor, now, note);
    this.appointmentAt = appointment;
    this.appointmentNote = note;
  }

  /** The installation starts: its enrollment code is out. */
  public void startInstalling(String actor, Instant now) {
    move(RequestState.INSTALLING, actor, now, null);
  }

  /** The Collector enrolled and runs the initial configuration. */
  public void installed(String actor, Instant now, String note) {
    move(RequestState.INSTALLED, actor, now, note);
  }

  public void close(String actor, Instant now, String note) {
    move(RequestState.CLOSED, actor, now, note);
  }

  /** Whether the request has sat in its state longer than {@code limit} while work is due. */
  public boolean isStuck(Duration limit, Instant now) {
    return state.isOpen() && limit != null && stateSince.plus(limit).isBefore(now);
  }

  /**
   * Flags the request as stuck in its state once: answers whether it was flagged now (stuck beyond
   * {@code limit} and not flagged since it entered the state).
   */
  public boolean flagStuck(Duration limit, Instant now) {
    if (stuckFlaggedAt != null || !isStuck(limit, now)) {
      return false;
    }
    stuckFlaggedAt = now;
    return true;
  }

  /** When the current stay in the state was flagged as stuck; null when it was not. */
  public Instant stuckFlaggedAt() {
    return stuckFlaggedAt;
  }

  private void move(RequestState to, String actor, Instant now, String note) {
    if (!state.next().contains(to)) {
      throw new ConflictException(
          "error.requestState", "state", "A request that is " + state + " cannot become " + to);
    }
    history.add(new RequestTransition(state, to, actor, now, note));
    state = to;
    stateSince = now;
    stuckFlaggedAt = null;
    updatedAt = now;
  }

  /** Refuses (409) unless this is still a draft: only drafts are revised and submitted. */
  public void requireDraft() {
    requireState(RequestState.DRAFT);
  }

  private void requireState(RequestState expected) {
    if (state != expected) {
      throw new ConflictException(
          "error.requestState", "state", "Only a " + expected + " request can be changed this way");
    }
  }

  public Long id() {
    return id;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public Long customerId() {
    return customerId;
  }

  public String customerName() {
    return customerName;
  }

  public RequestState state() {
    return state;
  }

  public JsonObject answers() {
    return answers;
  }

  public Long requesterId() {
    return requesterId;
  }

  public String requester() {
    return requester;
  }

  public Long installationId() {
    return installationId;
  }

  public Long ticketNumber() {
    return ticketNumber;
  }

  public Long handlerId() {
    return handlerId;
  }

  public String handlerName() {
    return handlerName;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public Instant appointmentAt() {
    return appointmentAt;
  }

  public String appointmentNote() {
    return appointmentNote;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant stateSince() {
    return stateSince;
  }

  public List<RequestTransition> history() {
    return List.copyOf(history);
  }

  public long version() {
    return version;
  }
}
