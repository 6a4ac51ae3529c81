package com.collector.portal.subscriptions.entity;

import java.time.Instant;
import java.time.ZoneOffset;

/** How long one paid period of a plan lasts. Periods are counted in UTC calendar months. */
public enum Term {
  MONTHLY(1),
  YEARLY(12);

  private final int months;

  Term(int months) {
    this.months = months;
  }

  /** The end of a period beginning at {@code start}. */
  public Instant after(Instant start) {
    return start.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
  }
}
