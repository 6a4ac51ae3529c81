package com.collector.portal.tenancy.control;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.control.DataChanges;
import com.collector.portal.platform.control.ExpiringCache;
import com.collector.portal.tenancy.entity.Organization;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolved scopes of installations by principal ({@code installation:<id>/<mark>}): a Collector
 * calls often and its scope rarely changes. A write of any installation, organization or of what a
 * {@link ScopeLimits} depends on drops them all on this instance; other instances notice within
 * {@code portal.tenancy.installation-cache-seconds}.
 */
@ApplicationScoped
public class InstallationScopes {

  @Inject DataChanges changes;
  @Inject Instance<ScopeLimits> limits;

  @Inject
  @ConfigProperty(name = "portal.tenancy.installation-cache-seconds", defaultValue = "30")
  int seconds;

  private ExpiringCache<String, TenantScope> scopes;
  private List<ScopeLimits> limitList;

  @PostConstruct
  void open() {
    // Resolved once: looking the limits up again on every call costs more than the call.
    limitList = limits.stream().toList();
    scopes = new ExpiringCache<>(50_000, Duration.ofSeconds(Math.max(0, seconds)), this::version);
  }

  TenantScope get(String principal, Instant now, Supplier<TenantScope> resolve) {
    return scopes.get(principal, now, resolve);
  }

  private long version() {
    long version = changes.version(Installation.class, Organization.class);
    for (ScopeLimits limit : limitList) {
      version += limit.dataVersion();
    }
    return version;
  }
}
