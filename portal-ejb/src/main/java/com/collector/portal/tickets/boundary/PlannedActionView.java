package com.collector.portal.tickets.boundary;

import com.collector.portal.tickets.entity.ActionStatus;
import com.collector.portal.tickets.entity.PlannedAction;
import com.collector.portal.tickets.entity.Visibility;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a ticket's plan. */
public record PlannedActionView(
    long id,
    int position,
    String description,
    Long assigneeId,
    String assigneeName,
    LocalDate dueOn,
    ActionStatus status,
    Visibility visibility,
    Instant updatedAt) {

  static PlannedActionView of(PlannedAction a) {
    return new PlannedActionView(
        a.id(),
        a.position(),
        a.description(),
        a.assignee() == null ? null : a.assignee().id(),
        a.assignee() == null ? null : a.assignee().displayName(),
        a.dueOn(),
        a.status(),
        a.visibility(),
        a.updatedAt());
  }
}
