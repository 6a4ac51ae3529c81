package com.collector.portal.telemetry.boundary;

import com.collector.portal.telemetry.control.AlertRule;
import com.collector.portal.telemetry.control.AlertRules;
import com.collector.portal.telemetry.control.MissedRuns;
import com.collector.portal.tenancy.control.CurrentScope;
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
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the installations whose schedule has a slot to decide (or whose configuration changed) for
 * missed runs, each in a transaction of its own as the system job {@value #JOB}; a slot is missed
 * when no extraction run occurred within {@code portal.monitoring.missed-run-tolerance-minutes}
 * after it.
 */
@Stateless
public class MissedRunChecks {

  static final String JOB = "missed-runs";
  private static final Logger LOG = Logger.getLogger(MissedRunChecks.class.getName());
  private static final int BATCH = 200;

  @Inject MissedRuns missed;
  @Inject AlertRules rules;
  @Inject CurrentScope current;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "portal.monitoring.missed-run-tolerance-minutes", defaultValue = "60")
  int toleranceMinutes;

  /**
   * Checks every installation due now; answers how many slots were found missed. New and changed
   * configurations are swept for in the first ten seconds of each minute only: that query reads
   * every installation, while the one for decidable slots follows an index.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int checkDue() {
    MissedRunChecks self = context.getBusinessObject(MissedRunChecks.class);
    Instant now = clock.instant();
    boolean sweep = now.getEpochSecond() % 60 < 10;
    missed.clearUnwatched(now);
    int installations = 0;
    int slots = 0;
    int missedSlots = 0;
    long after = 0;
    List<Long> batch;
    do {
      batch = missed.due(now, after, BATCH, sweep);
      for (long id : batch) {
        try {
          Optional<MissedRuns.Checked> checked = self.check(id, now);
          installations += checked.isPresent() ? 1 : 0;
          slots += checked.map(MissedRuns.Checked::decided).orElse(0);
          missedSlots += checked.map(MissedRuns.Checked::missed).orElse(0);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Checking installation " + id + " for missed runs failed", e);
        }
        after = id;
      }
    } while (batch.size() == BATCH);
    int[] counts = {installations, slots, missedSlots};
    LOG.log(
        missedSlots > 0 ? Level.INFO : Level.FINE,
        () ->
            "Missed runs (system:%s): %d installations checked, %d slots decided, %d missed"
                .formatted(JOB, counts[0], counts[1], counts[2]));
    return missedSlots;
  }

  /** Checks one installation as the system job, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<MissedRuns.Checked> check(long installationId, Instant now) {
    AlertRules.Settings rule = rules.all().get(AlertRule.MISSED_RUNS);
    return current.runAs(
        TenantScope.system(JOB),
        () -> missed.check(installationId, now, Duration.ofMinutes(toleranceMinutes), rule));
  }
}
