package com.collector.portal.telemetry.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.telemetry.control.PlanRetention;
import com.collector.portal.telemetry.control.Retention;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes each customer's telemetry past its plan's retention, installation by installation in
 * batches of {@value #BATCH} events, each batch its own transaction, as the system job {@value
 * #JOB}. Customers without a live subscription keep {@code
 * portal.telemetry.default-retention-days}; nothing is kept past the portal's own retention ({@link
 * Retention}), whose partitions are dropped whole.
 */
@Stateless
public class TelemetryRetention {

  static final String JOB = "telemetry-retention";
  static final int BATCH = 5000;
  private static final int INSTALLATIONS = 500;
  private static final Logger LOG = Logger.getLogger(TelemetryRetention.class.getName());

  /** What a run did. */
  public record RunView(int installations, long deleted) {}

  @Inject PlanRetention plans;
  @Inject Retention retention;
  @Inject CurrentScope current;
  @Inject Store store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.telemetry.default-retention-days", defaultValue = "90")
  int defaultDays;

  /** Runs the job now, for vendor administrators; it also runs every night. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunView runNow() {
    TenantScope scope = store.scope();
    if (scope.kind() != OrganizationKind.VENDOR || scope.isInstallation()) {
      throw new ForbiddenException("Only vendor staff run the retention job");
    }
    scope.require(Right.ADMINISTER);
    return runAll();
  }

  /** Deletes what every installation keeps no longer. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunView runAll() {
    return current.runAs(TenantScope.system(JOB), this::purge);
  }

  private RunView purge() {
    Instant now = clock.instant();
    Instant floor = retention.oldestKept(now);
    int installations = 0;
    long deleted = 0;
    long after = 0;
    List<PlanRetention.Kept> batch;
    do {
      batch = plans.after(after, INSTALLATIONS, defaultDays);
      for (PlanRetention.Kept kept : batch) {
        after = kept.installationId();
        Instant before = kept.days() == null ? floor : now.minus(Duration.ofDays(kept.days()));
        if (!before.isAfter(floor)) {
          continue;
        }
        long mine = 0;
        int removed;
        do {
          removed = plans.deleteBatch(kept.installationId(), floor, before, BATCH);
          mine += removed;
        } while (removed == BATCH);
        installations += mine > 0 ? 1 : 0;
        deleted += mine;
      }
    } while (batch.size() == INSTALLATIONS);
    long total = deleted;
    int touched = installations;
    LOG.info(
        () ->
            "Telemetry retention (system:%s): %d events of %d installations past their plan's retention deleted"
                .formatted(JOB, total, touched));
    return new RunView(installations, deleted);
  }
}
