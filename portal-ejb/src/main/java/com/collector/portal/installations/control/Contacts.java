package com.collector.portal.installations.control;

import com.collector.portal.installations.entity.Installation;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes what installations run and when they were last in touch, for the installation pages. A
 * Collector asks at every start and sometimes in bursts: the row is written when the versions it
 * reports changed or the last write is more than {@link #INTERVAL} old, as this instance remembers.
 */
@ApplicationScoped
public class Contacts {

  static final Duration INTERVAL = Duration.ofMinutes(1);
  private static final int REMEMBERED = 100_000;

  @Inject Store store;

  private final Map<Long, Noted> noted = new ConcurrentHashMap<>();

  /** Whether {@link #write} has something to record for this report. */
  public boolean isNews(long installationId, String app, Map<String, String> plugins, Instant now) {
    Noted last = noted.get(installationId);
    return last == null
        || !last.at().plus(INTERVAL).isAfter(now)
        || !Objects.equals(last.app(), app)
        || !last.plugins().equals(plugins);
  }

  /**
   * Records the report in a transaction of its own, so a clash with another write of the row never
   * fails the caller's answer.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(long installationId, String app, Map<String, String> plugins, Instant now) {
    store.find(Installation.class, installationId).reportRunning(app, plugins, now);
    if (noted.size() >= REMEMBERED) {
      noted.clear();
    }
    noted.put(installationId, new Noted(app, new TreeMap<>(plugins), now));
  }

  private record Noted(String app, Map<String, String> plugins, Instant at) {}
}
