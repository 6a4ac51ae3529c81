package com.collector.portal.identity.control;

import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Creates the throttle row of an e-mail in its own transaction, so that concurrent failed sign-ins
 * for a new e-mail do not both insert it inside their own: the loser's insert fails alone, and both
 * then lock the one row.
 */
@ApplicationScoped
public class SignInThrottles {

  @Inject Store store;

  /**
   * Counts the first failure of {@code key} in a new row, committed at once.
   *
   * @throws com.collector.portal.platform.boundary.ConflictException when another request created
   *     the row meanwhile
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void createWithFailure(String key, Instant now, int freeAttempts) {
    SignInThrottle throttle = new SignInThrottle(key);
    throttle.recordFailure(now, freeAttempts);
    store.add(throttle);
    store.flush("email");
  }
}
