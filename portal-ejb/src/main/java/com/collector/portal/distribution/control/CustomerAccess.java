package com.collector.portal.distribution.control;

import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.platform.control.ExpiringCache;
import com.collector.portal.subscriptions.control.Lifecycle;
import com.collector.portal.subscriptions.entity.Subscription;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each customer's subscription lets its installations receive, kept per customer: dropped on
 * this instance by any subscription change, elsewhere after {@code
 * portal.update.access-cache-seconds}.
 */
@ApplicationScoped
public class CustomerAccess {

  @Inject Lifecycle lifecycle;
  @Inject CurrentScope current;
  @Inject DataChanges changes;

  @Inject
  @ConfigProperty(name = "portal.update.access-cache-seconds", defaultValue = "30")
  int seconds;

  private ExpiringCache<Long, Access> kept;

  @PostConstruct
  void open() {
    kept =
        new ExpiringCache<>(
            50_000,
            Duration.ofSeconds(Math.max(0, seconds)),
            () -> changes.version(Subscription.class));
  }

  public Access of(long customerId, Instant now) {
    return kept.get(customerId, now, () -> load(customerId));
  }

  private Access load(long customerId) {
    return current.runAs(
        TenantScope.system("update-check"),
        () -> {
          Optional<Subscription> live = lifecycle.live(customerId);
          if (live.isEmpty()) {
            return lifecycle.everSubscribed(customerId)
                ? new Access(Access.NONE, "The customer has no valid subscription", Set.of())
                : new Access(Access.OK, null, null);
          }
          Subscription subscription = live.get();
          List<String> allowed = subscription.planVersion().entitlements().allowedPlugins();
          return subscription.state() == SubscriptionState.GRACE
              ? new Access(
                  Access.GRACE,
                  "The subscription is in its grace period: no new plugins until it is renewed",
                  Set.copyOf(allowed))
              : new Access(Access.OK, null, Set.copyOf(allowed));
        });
  }
}
