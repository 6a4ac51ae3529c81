package com.collector.portal.tickets.entity;

import java.time.Duration;
import java.time.Instant;

/** How service-level clocks measure time: only the hours customer service works count. */
public interface BusinessTime {

  /** The moment {@code amount} of working time after {@code start}. */
  Instant plus(Instant start, Duration amount);

  /** The working time between {@code from} and {@code to}; zero when {@code to} is not later. */
  Duration between(Instant from, Instant to);
}
