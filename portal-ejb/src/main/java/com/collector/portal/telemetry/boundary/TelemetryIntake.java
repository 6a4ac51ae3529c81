package com.collector.portal.telemetry.boundary;

import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.control.EventBatch;
import com.collector.portal.telemetry.control.EventReader;
import com.collector.portal.telemetry.control.EventStore;
import com.collector.portal.telemetry.control.HealthDelta;
import com.collector.portal.telemetry.control.HealthDeltas;
import com.collector.portal.telemetry.control.IntakeCounters;
import com.collector.portal.telemetry.control.IntakeCounters.Intake;
import com.collector.portal.telemetry.control.Partitions;
import com.collector.portal.telemetry.control.Quotas;
import com.collector.portal.telemetry.control.Retention;
import com.collector.portal.telemetry.control.TelemetryEvent;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Takes a Collector's batch of events, as its installation: within its allowance (else 429 and the
 * batch counted as dropped), each event checked on its own (refused ones listed, the others
 * stored), replays counted as duplicates — in one transaction, so an acknowledged batch is stored
 * whole, with what it changes in installation health; that is folded into health right after.
 */
@Stateless
public class TelemetryIntake {

  /** Most events one batch may carry. */
  public static final int MAX_EVENTS = 1_000;

  private static final Logger LOG = Logger.getLogger(TelemetryIntake.class.getName());

  @Inject Store store;
  @Inject Quotas quotas;
  @Inject Partitions partitions;
  @Inject EventStore events;
  @Inject HealthDeltas healthDeltas;
  @Inject HealthFold healthFold;
  @Inject IntakeCounters counters;
  @Inject Retention retention;
  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Stores {@code batch} for the calling installation and says what became of each event; then
   * brings the installation's health up to date.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public IntakeResult ingest(EventBatch batch) {
    IntakeResult result = context.getBusinessObject(TelemetryIntake.class).store(batch);
    long installation = store.scope().installationId();
    try {
      healthFold.catchUp(installation);
    } catch (RuntimeException e) {
      // The batch is stored: its delta waits for the next fold, and the answer stays 202.
      LOG.log(Level.WARNING, "Folding the health of installation " + installation + " failed", e);
    }
    return result;
  }

  /**
   * The batch's transaction: its events and what they change in health (as a delta, folded after it
   * commits, so that batches of one installation do not wait for each other's commit).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public IntakeResult store(EventBatch batch) {
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
    int duplicates = repeated + valid.size() - stored.size();
    healthDeltas.append(
        installation,
        ownerPath,
        HealthDelta.of(stored, new Intake(stored.size(), duplicates, rejected.size(), 0), now));
    return new IntakeResult(stored.size(), duplicates, rejected);
  }

  private static java.time.LocalDate day(Instant now) {
    return now.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
