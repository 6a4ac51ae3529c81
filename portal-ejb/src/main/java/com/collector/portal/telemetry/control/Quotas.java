package com.collector.portal.telemetry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each installation's allowance of events: {@code portal.telemetry.events-per-minute}, refilled
 * continuously, with a burst of one minute's worth. Kept per instance: behind a load balancer an
 * installation's allowance is at most that many times larger, still a bound on a runaway client.
 */
@ApplicationScoped
public class Quotas {

  @Inject
  @ConfigProperty(name = "portal.telemetry.events-per-minute", defaultValue = "60000")
  long perMinute;

  private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

  /** Takes {@code events} from the allowance, or answers how long until they would fit. */
  public Optional<Duration> take(long installationId, int events, Instant now) {
    Bucket bucket = buckets.computeIfAbsent(installationId, id -> new Bucket(perMinute, now));
    return bucket.take(events, now, perMinute);
  }

  /** Tokens that refill at {@code perMinute} per minute up to {@code perMinute}. */
  static final class Bucket {
    private double tokens;
    private Instant refilled;

    Bucket(long perMinute, Instant now) {
      this.tokens = perMinute;
      this.refilled = now;
    }

    synchronized Optional<Duration> take(int events, Instant now, long perMinute) {
      double perMilli = perMinute / 60_000.0;
      long elapsed = Math.max(0, Duration.between(refilled, now).toMillis());
      tokens = Math.min(perMinute, tokens + elapsed * perMilli);
      refilled = now;
      if (tokens >= events) {
        tokens -= events;
        return Optional.empty();
      }
      long wait = (long) Math.ceil((events - tokens) / perMilli);
      return Optional.of(Duration.ofMillis(Math.max(wait, 1000)));
    }
  }
}
