package com.collector.portal.installrequests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One move of a request: who moved it, when, from which state to which, and why. */
@Embeddable
public class RequestTransition {

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private RequestState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private RequestState to;

  private String actor;

  private Instant at;

  private String note;

  protected RequestTransition() {}

  RequestTransition(RequestState from, RequestState to, String actor, Instant at, String note) {
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = at;
    this.note = note;
  }

  public RequestState from() {
    return from;
  }

  public RequestState to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }

  public String note() {
    return note;
  }
}
