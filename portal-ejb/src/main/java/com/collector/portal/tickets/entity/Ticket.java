package com.collector.portal.tickets.entity;

import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of customer-service work for one customer: the aggregate root of its timeline and plan.
 * Every change goes through a named operation that checks the state machine and answers the
 * timeline entries that record it, which the caller stores.
 */
@Entity
@Table(name = "ticket")
public class Ticket implements TenantOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long number;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Organization customer;

  @Column(name = "owner_path")
  private String ownerPath;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "installation_id")
  private Installation installation;

  private String subject;
  private String description;

  @Enumerated(EnumType.STRING)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  private TicketSource source;

  @Enumerated(EnumType.STRING)
  private TicketState state;

  private String fingerprint;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private UserAccount assignee;

  private String queue;

  @Column(name = "opened_by")
  private String openedBy;

  @Embedded private TicketTimes times;

  @Embedded private ServiceLevel sla;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into_id")
  private Ticket mergedInto;

  @Version private long version;

  protected Ticket() {}

  /** A new ticket about {@code customer} (and, when given, one of its installations). */
  public Ticket(
      long number,
      Organization customer,
      Installation installation,
      TicketDetails details,
      TicketSource source,
      String fingerprint,
      boolean prioritySupport,
      Author by,
      Instant now) {
    if (installation != null && !installation.customer().id().equals(customer.id())) {
      throw new IllegalArgumentException("The installation belongs to another customer");
    }
    this.number = number;
    this.customer = customer;
    this.ownerPath = customer.path();
    this.installation = installation;
    this.subject = details.subject();
    this.description = details.description();
    this.category = details.category();
    this.priority = details.priority();
    this.source = source;
    this.fingerprint = fingerprint;
    this.state = TicketState.NEW;
    this.openedBy = by.name();
    this.times = new TicketTimes(now);
    this.sla = new ServiceLevel(prioritySupport);
  }

  /**
   * Moves the ticket to {@code target}, if the state machine allows it; reopening a resolved ticket
   * is allowed only within {@code reopenWindow} of its resolution.
   */
  public TicketEntry moveTo(
      TicketState target, Author by, String note, Instant now, Duration reopenWindow) {
    requireMove(target);
    if (state == TicketState.RESOLVED
        && target == TicketState.OPEN
        && now.isAfter(times.resolvedAt().plus(reopenWindow))) {
      throw new ConflictException(
          "error.ticket.reopen-window",
          "state",
          "Resolved more than " + reopenWindow.toDays() + " days ago: open a new ticket instead");
    }
    return move(target, by, note, now);
  }

  /** A comment; one from the customer's side on a ticket waiting for them hands it back to us. */
  public List<TicketEntry> comment(String body, Visibility visibility, Author by, Instant now) {
    requireNotClosed();
    List<TicketEntry> entries = new ArrayList<>();
    entries.add(new TicketEntry(this, EntryKind.COMMENT, visibility, by, body, now));
    if (by.staff() && visibility == Visibility.PUBLIC) {
      times.responded(now);
    }
    if (!by.staff() && state == TicketState.WAITING_ON_CUSTOMER) {
      entries.add(move(TicketState.OPEN, by, null, now));
    }
    times.touch(now);
    return entries;
  }

  /** Work carried out and the minutes it took, for the timeline and time accounting. */
  public TicketEntry logWork(
      String body, int minutes, Visibility visibility, Author by, Instant now) {
    if (minutes < 1) {
      throw new IllegalArgumentException("Work takes at least a minute");
    }
    if (mergedInto != null) {
      throw merged();
    }
    times.touch(now);
    return new TicketEntry(this, EntryKind.WORK, visibility, by, body, now).withMinutes(minutes);
  }

  /** Hands the ticket to an agent (or to nobody); a new ticket is opened by being taken on. */
  public List<TicketEntry> assignTo(UserAccount agent, String newQueue, Author by, Instant now) {
    requireNotClosed();
    List<TicketEntry> entries = new ArrayList<>();
    assignee = agent;
    queue = newQueue;
    String text =
        (agent == null ? "Unassigned" : "Assigned to " + agent.displayName())
            + (newQueue == null ? "" : " (queue " + newQueue + ")");
    entries.add(TicketEntry.open(this, EntryKind.ASSIGNMENT, by, text, now));
    if (agent != null && state == TicketState.NEW) {
      entries.add(move(TicketState.OPEN, by, null, now));
    }
    times.touch(now);
    return entries;
  }

  /**
   * The same problem reported again by an automatic source: recorded on this ticket, and a ticket
   * resolved within {@code reopenWindow} is reopened rather than a new one opened.
   */
  public List<TicketEntry> recur(String body, Author by, Instant now, Duration reopenWindow) {
    requireNotClosed();
    List<TicketEntry> entries = new ArrayList<>();
    entries.add(TicketEntry.open(this, EntryKind.RECURRENCE, by, body, now));
    if (state == TicketState.RESOLVED) {
      entries.add(moveTo(TicketState.OPEN, by, "The problem came back", now, reopenWindow));
    }
    times.touch(now);
    return entries;
  }

  /** Whether a repeat of its problem may still be recorded here rather than on a new ticket. */
  public boolean takesRecurrence(Instant now, Duration reopenWindow) {
    return state.isActive()
        || (state == TicketState.RESOLVED && !now.isAfter(times.resolvedAt().plus(reopenWindow)));
  }

  /** Closes this duplicate into {@code target}; both timelines say so. */
  public List<TicketEntry> mergeInto(Ticket target, Author by, Instant now) {
    if (target == this || target.mergedInto != null || target.state == TicketState.CLOSED) {
      throw new ConflictException(
          "error.ticket.merge", "target", "A ticket merges only into another ticket still open");
    }
    if (!target.customer.id().equals(customer.id())) {
      throw new ConflictException(
          "error.ticket.merge", "target", "Only tickets of the same customer can be merged");
    }
    requireNotClosed();
    TicketState from = state;
    state = TicketState.CLOSED;
    times.entered(TicketState.CLOSED, now);
    mergedInto = target;
    fingerprint = null;
    target.times.touch(now);
    String into = "Merged into " + target.reference();
    return List.of(
        TicketEntry.open(this, EntryKind.STATE_CHANGE, by, into, now).withStates(from, state),
        TicketEntry.open(target, EntryKind.COMMENT, by, reference() + " was merged here", now));
  }

  /** The plan changed; recorded with the action's own visibility. */
  public TicketEntry planChanged(PlannedAction action, String what, Author by, Instant now) {
    if (action.ticket() != this) {
      throw new IllegalArgumentException("The action belongs to another ticket");
    }
    times.touch(now);
    return new TicketEntry(this, EntryKind.PLAN, action.visibility(), by, what, now);
  }

  /** Changes how urgent the ticket is (its service-level targets follow) and what kind it is. */
  public TicketEntry reclassify(
      TicketPriority newPriority, TicketCategory newCategory, Author by, Instant now) {
    requireNotClosed();
    String text =
        "Priority " + priority + " → " + newPriority + ", " + category + " → " + newCategory;
    priority = newPriority;
    category = newCategory;
    return note(text, true, by, now);
  }

  /** A note of customer service on the timeline, for everyone or internal. */
  public TicketEntry note(String text, boolean visible, Author by, Instant now) {
    times.touch(now);
    Visibility visibility = visible ? Visibility.PUBLIC : Visibility.INTERNAL;
    return new TicketEntry(this, EntryKind.COMMENT, visibility, by, text, now);
  }

  /** Announces an attached file on the timeline, with the file's own visibility. */
  public TicketEntry attached(TicketAttachment file, Author by, Instant now) {
    requireNotClosed();
    times.touch(now);
    return new TicketEntry(
        this, EntryKind.ATTACHMENT, file.visibility(), by, "Attached " + file.fileName(), now);
  }

  /** Brings the service-level clocks up to date after a change (or as time passes). */
  public void trackServiceLevel(SlaTargets targets, BusinessTime time, Instant now) {
    sla.track(this, targets, time, now);
  }

  /**
   * Records, once per due moment, that it is close ({@code breached} false) or missed; internal,
   * for customer service.
   */
  public TicketEntry serviceLevelAlert(boolean breached, String text, Instant now) {
    if (breached) {
      sla.breached();
    } else {
      sla.warned();
    }
    Author levels = Author.system("Service levels");
    return new TicketEntry(this, EntryKind.SERVICE_LEVEL, Visibility.INTERNAL, levels, text, now);
  }

  /** What people quote: {@code T-1042}. */
  public String reference() {
    return "T-" + number;
  }

  private TicketEntry move(TicketState target, Author by, String note, Instant now) {
    TicketState from = state;
    state = target;
    times.entered(target, now);
    if (by.staff() && target != TicketState.OPEN) {
      times.responded(now);
    }
    return TicketEntry.open(this, EntryKind.STATE_CHANGE, by, note, now).withStates(from, target);
  }

  private void requireMove(TicketState target) {
    if (mergedInto != null) {
      throw merged();
    }
    if (!state.next().contains(target)) {
      throw new ConflictException(
          "error.ticket.state",
          "state",
          "A ticket that is "
              + state
              + " cannot become "
              + target
              + "; it can become "
              + state.next());
    }
  }

  private void requireNotClosed() {
    if (mergedInto != null) {
      throw merged();
    }
    if (state == TicketState.CLOSED) {
      throw new ConflictException(
          "error.ticket.closed", "state", "The ticket is closed: open a new one");
    }
  }

  private ConflictException merged() {
    return new ConflictException(
        "error.ticket.merged", "state", "The ticket was merged into " + mergedInto.reference());
  }

  public Long id() {
    return id;
  }

  public long number() {
    return number;
  }

  public Organization customer() {
    return customer;
  }

  @Override
  public String ownerPath() {
    return ownerPath;
  }

  public Installation installation() {
    return installation;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public TicketCategory category() {
    return category;
  }

  public TicketPriority priority() {
    return priority;
  }

  public TicketSource source() {
    return source;
  }

  public TicketState state() {
    return state;
  }

  public UserAccount assignee() {
    return assignee;
  }

  public String queue() {
    return queue;
  }

  public String openedBy() {
    return openedBy;
  }

  public ServiceLevel sla() {
    return sla;
  }

  public TicketTimes times() {
    return times;
  }

  public Ticket mergedInto() {
    return mergedInto;
  }
}
