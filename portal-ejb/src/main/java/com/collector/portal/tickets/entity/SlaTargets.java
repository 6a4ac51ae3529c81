package com.collector.portal.tickets.entity;

import java.time.Duration;

/** How much working time customer service has to answer and to resolve a ticket. */
public record SlaTargets(Duration firstResponse, Duration resolution) {

  public SlaTargets {
    if (firstResponse.isNegative() || resolution.isNegative()) {
      throw new IllegalArgumentException("Service-level targets cannot be negative");
    }
  }
}
