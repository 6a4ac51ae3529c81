package com.collector.portal.telemetry.boundary;

import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.control.Alerts;
import com.collector.portal.telemetry.control.EventBatch;
import com.collector.portal.telemetry.control.EventReader;
import com.collector.portal.telemetry.control.EventStore;
import com.collector.portal.telemetry.control.HealthUpdates;
import com.collector.portal.telemetry.control.IntakeCounters;
import com.collector.portal.telemetry.control.IntakeCounters.Intake;
import com.collector.portal.telemetry.control.Partitions;
import com.collector.portal.telemetry.control.Quotas;
import com.collector.portal.telemetry.control.Retention;
import com.collector.portal.telemetry.control.TelemetryEvent;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes a Collector's batch of events, as its installation: within its allowance (else 429 and the
 * batch counted as dropped), each event checked on its own (refused ones listed, the others
 * stored), replays counted as duplicates, installation health brought up to date — all in one
 * transaction, so an acknowledged batch is stored whole.
 */
@Stateless
public class TelemetryIntake {

  /** Most events one batch may carry. */
  public static final int MAX_EVENTS = 1_000;

  @Inject Store store;
  @Inject Quotas quotas;
  @Inject Partitions partitions;
  @Inject EventStore events;
  @Inject HealthUpdates health;
  @Inject IntakeCounters counters;
  @Inject Retention retention;
  @Inject Alerts alerts;
  @Inject Clock clock;

  /** Stores {@code batch} for the calling installation and says what became of each event. */
  public IntakeResult ingest(EventBatch batch) {
    TenantScope scope = store.scope();
    if (!scope.isInstallation()) {
      throw new ForbiddenException("Only an installation sends telemetry");
    }
    List<EventBatch.Raw> sent = batch.events();
    if (sent.size() > MAX_EVENTS) {
      throw new InvalidInputException("events", "holds more than " + MAX_EVENTS + " events");
    }
    long installation = scope.installationId();
    String ownerPath = scope.path();
    Instant now = clock.instant();
    Optional<Duration> wait = quotas.take(installation, sent.size(), now);
    if (wait.isPresent()) {
      counters.add(installation, ownerPath, day(now), new Intake(0, 0, 0, sent.size()));
      throw new QuotaExceededException(wait.get());
    }
    EventReader reader = new EventReader(now, retention.oldestKept(now));
    List<TelemetryEvent> valid = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<Map.Entry<String, Instant>> seen = new HashSet<>();
    int repeated = 0;
    for (int i = 0; i < sent.size(); i++) {
      try {
        TelemetryEvent event = reader.read(sent.get(i));
        if (seen.add(Map.entry(event.id(), event.occurredAt()))) {
          valid.add(event);
        } else {
          repeated++;
        }
      } catch (EventReader.Refused refused) {
        rejected.add(new Rejection(i, sent.get(i).text("id"), refused.getMessage()));
      }
    }
    partitions.ensure(
        valid.stream().map(e -> Partitions.monthOf(e.occurredAt())).collect(Collectors.toSet()));
    List<TelemetryEvent> stored = events.store(installation, ownerPath, now, valid);
    alerts.evaluate(
        installation, ownerPath, now, health.apply(installation, ownerPath, now, stored));
    int duplicates = repeated + valid.size() - stored.size();
    counters.add(
        installation,
        ownerPath,
        day(now),
        new Intake(stored.size(), duplicates, rejected.size(), 0));
    return new IntakeResult(stored.size(), duplicates, rejected);
  }

  private static java.time.LocalDate day(Instant now) {
    return now.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
