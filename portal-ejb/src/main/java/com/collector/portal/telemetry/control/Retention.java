package com.collector.portal.telemetry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long telemetry is kept: {@code portal.telemetry.retention-months} whole months before the
 * current one. Older events are refused on arrival and their partitions dropped by the daily job.
 */
@ApplicationScoped
public class Retention {

  @Inject
  @ConfigProperty(name = "portal.telemetry.retention-months", defaultValue = "13")
  int months;

  /** The first instant still kept. */
  public Instant oldestKept(Instant now) {
    return oldestMonth(now).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  public YearMonth oldestMonth(Instant now) {
    return YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(Math.max(1, months));
  }
}
