package com.collector.portal.installations.control;

import com.collector.portal.identity.control.SignInThrottles;
import com.collector.portal.identity.entity.SignInThrottle;
import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.TooManyAttemptsException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing enrollment codes from one address, on the sign-in throttle's rows (key {@code
 * enroll:<address>}): after the free attempts each wrong code blocks the address for twice as long
 * as the previous one. A failure is counted in its own transaction, so refusing the request (which
 * rolls back) keeps the count.
 */
@ApplicationScoped
public class EnrollmentThrottle {

  static final String PREFIX = "enroll:";

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject SignInThrottles throttles;

  @Inject
  @ConfigProperty(name = "portal.installation.enrollment-free-attempts", defaultValue = "10")
  int freeAttempts;

  /** Fails with 429 while {@code origin} is blocked. */
  public void requireNotBlocked(String origin, Instant now) {
    Optional<Duration> blocked =
        asSystem(() -> store.findOptional(SignInThrottle.class, key(origin)))
            .flatMap(t -> t.blockedFor(now));
    if (blocked.isPresent()) {
      throw new TooManyAttemptsException(blocked.get());
    }
  }

  /** Counts a wrong code from {@code origin}, committed whatever happens to the request. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String origin, Instant now) {
    String key = key(origin);
    asSystem(
        () -> {
          if (store.findOptional(SignInThrottle.class, key).isEmpty()) {
            try {
              throttles.createWithFailure(key, now, freeAttempts);
              return null;
            } catch (ConflictException createdMeanwhile) {
              // A concurrent failure created the row: count this one on it.
            }
          }
          store.findForUpdate(SignInThrottle.class, key).recordFailure(now, freeAttempts);
          return null;
        });
  }

  /** Forgets the failures of {@code origin} after a successful enrollment. */
  public void succeeded(String origin) {
    asSystem(
        () -> {
          store.findOptional(SignInThrottle.class, key(origin)).ifPresent(store::remove);
          return null;
        });
  }

  private <T> T asSystem(java.util.function.Supplier<T> work) {
    return current.runAs(TenantScope.system("enrollment-throttle"), work);
  }

  private static String key(String origin) {
    String address = origin == null ? "unknown" : origin;
    return PREFIX + (address.length() > 200 ? address.substring(0, 200) : address);
  }
}
