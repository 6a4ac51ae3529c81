package com.collector.portal.tickets.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket stands; {@link #next()} is every move the state machine allows from here. */
public enum TicketState {
  NEW,
  OPEN,
  WAITING_ON_CUSTOMER,
  RESOLVED,
  CLOSED;

  public Set<TicketState> next() {
    return switch (this) {
      case NEW -> EnumSet.of(OPEN, WAITING_ON_CUSTOMER, RESOLVED);
      case OPEN -> EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED);
      case WAITING_ON_CUSTOMER -> EnumSet.of(OPEN, RESOLVED);
      case RESOLVED -> EnumSet.of(OPEN, CLOSED);
      case CLOSED -> EnumSet.noneOf(TicketState.class);
    };
  }

  /** Whether work on the ticket is still expected (it counts in queues and SLAs). */
  public boolean isActive() {
    return this != RESOLVED && this != CLOSED;
  }
}
