package com.collector.portal.tickets.entity;

import com.collector.portal.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a ticket's plan, at a position in its order. */
@Entity
@Table(name = "ticket_action")
public class PlannedAction extends TicketPart {

  private int position;
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private UserAccount assignee;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected PlannedAction() {}

  /** A planned step at {@code position} (1 = first) of {@code ticket}'s plan. */
  public PlannedAction(
      Ticket ticket,
      int position,
      String description,
      UserAccount assignee,
      LocalDate dueOn,
      Visibility visibility,
      Instant now) {
    super(ticket);
    this.position = position;
    this.description = description;
    this.assignee = assignee;
    this.dueOn = dueOn;
    this.visibility = visibility;
    this.status = ActionStatus.PLANNED;
    this.updatedAt = now;
  }

  /** Records progress; answers whether anything changed. */
  public boolean moveTo(ActionStatus next, Instant now) {
    if (next == status) {
      return false;
    }
    status = next;
    updatedAt = now;
    return true;
  }

  /** Changes who does it and by when. */
  public void reschedule(UserAccount newAssignee, LocalDate newDueOn, Instant now) {
    assignee = newAssignee;
    dueOn = newDueOn;
    updatedAt = now;
  }

  public int position() {
    return position;
  }

  public String description() {
    return description;
  }

  public UserAccount assignee() {
    return assignee;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ActionStatus status() {
    return status;
  }

  public Visibility visibility() {
    return visibility;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
