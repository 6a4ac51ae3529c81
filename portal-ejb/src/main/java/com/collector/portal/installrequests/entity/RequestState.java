package com.collector.portal.installrequests.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an installation request stands: a draft being written, then customer service's workflow
 * from submission to the Collector running its initial configuration and the request closed.
 */
public enum RequestState {
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  REJECTED,
  SCHEDULED,
  INSTALLING,
  INSTALLED,
  CLOSED;

  /** The states a request may move to from this one. */
  public Set<RequestState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED);
      case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED);
      // A new appointment may replace the one agreed; customer service may still turn the
      // request down until installing starts (the enrollment code is out from then on).
      case ACCEPTED, SCHEDULED -> EnumSet.of(SCHEDULED, INSTALLING, REJECTED);
      case INSTALLING -> EnumSet.of(INSTALLED);
      case INSTALLED, REJECTED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(RequestState.class);
    };
  }

  /** Whether customer service still has work to do on a request in this state. */
  public boolean isOpen() {
    return this != DRAFT && this != REJECTED && this != CLOSED && this != INSTALLED;
  }
}
