package com.collector.portal.telemetry.boundary;

import com.collector.portal.platform.control.ScheduledWork;
import com.collector.portal.telemetry.control.Partitions;
import com.collector.portal.telemetry.control.Retention;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Telemetry's partitions: last, this and next month's made at start, next month's made ahead and
 * those past the retention dropped every night; then each customer's events past its plan's
 * retention deleted. Every ten seconds, health deltas left behind are folded. Idempotent, so every
 * instance may run it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TelemetrySchedule {

  private static final Logger LOG = Logger.getLogger(TelemetrySchedule.class.getName());

  @Inject Partitions partitions;
  @Inject Retention retention;
  @Inject TelemetryRetention plans;
  @Inject HealthFold healthFold;
  @Inject ScheduledWork work;
  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void atStart() {
    work.run("Telemetry partitions", this::maintain);
  }

  /** Health of batches whose fold did not follow them (a crash, a failed fold). */
  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyTenSeconds() {
    work.run("Installation health", healthFold::catchUpAll);
  }

  @Schedule(hour = "2", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    work.run("Telemetry partitions", this::maintain);
    work.run("Telemetry retention", plans::runAll);
  }

  private void maintain() {
    Instant now = clock.instant();
    YearMonth month = YearMonth.from(now.atOffset(ZoneOffset.UTC));
    partitions.ensure(Set.of(month.minusMonths(1), month, month.plusMonths(1)));
    List<String> dropped = partitions.dropBefore(retention.oldestMonth(now).atDay(1));
    if (!dropped.isEmpty()) {
      LOG.info(() -> "Dropped telemetry partitions past the retention: " + dropped);
    }
  }
}
