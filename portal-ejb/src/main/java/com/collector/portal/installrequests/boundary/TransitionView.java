package com.collector.portal.installrequests.boundary;

import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.installrequests.entity.RequestTransition;
import java.time.Instant;

/** One move on a request's timeline. */
public record TransitionView(
    RequestState from, RequestState to, String actor, Instant at, String note) {

  static TransitionView of(RequestTransition t) {
    return new TransitionView(t.from(), t.to(), t.actor(), t.at(), t.note());
  }
}
