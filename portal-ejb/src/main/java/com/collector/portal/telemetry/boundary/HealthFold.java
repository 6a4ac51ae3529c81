package com.collector.portal.telemetry.boundary;

import com.collector.portal.telemetry.control.Alerts;
import com.collector.portal.telemetry.control.HealthDeltas;
import com.collector.portal.telemetry.control.HealthDeltas.Taken;
import com.collector.portal.telemetry.control.HealthUpdates;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Brings installation health, and the alerts that watch it, up to date from the deltas telemetry
 * batches leave: right after a batch commits, by the request that brought it, and every ten seconds
 * for any left behind. Each round is a transaction of its own that folds all of an installation's
 * waiting deltas; a round that finds another one folding them gives way, since that one looks again
 * once it commits.
 */
@Stateless
public class HealthFold {

  /** Rounds one request folds at most, so that a steady stream of batches cannot hold it. */
  static final int MOST_ROUNDS = 8;

  private static final int MOST_INSTALLATIONS = 500;

  @Inject HealthDeltas deltas;
  @Inject HealthUpdates health;
  @Inject Alerts alerts;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Folds the installation's waiting deltas, unless another transaction is at it. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void catchUp(long installationId) {
    HealthFold self = context.getBusinessObject(HealthFold.class);
    for (int round = 0; round < MOST_ROUNDS && self.foldWaiting(installationId); round++) {
      // again: batches that committed while this round ran gave way to it
    }
  }

  /** Folds what waits for every installation; answers how many had deltas waiting. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int catchUpAll() {
    List<Long> waiting = deltas.waiting(MOST_INSTALLATIONS);
    waiting.forEach(this::catchUp);
    return waiting.size();
  }

  /** One round: answers whether it folded anything. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean foldWaiting(long installationId) {
    Optional<Taken> taken = deltas.take(installationId);
    taken.ifPresent(
        t ->
            alerts.evaluate(
                installationId,
                t.ownerPath(),
                clock.instant(),
                health.apply(installationId, t.ownerPath(), t.delta())));
    return taken.isPresent();
  }
}
