package com.collector.portal.distribution.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed decisions by their inputs, the oldest dropped beyond {@code capacity}. An entry is reused
 * until {@code refresh} before it expires; its inputs include the decision version, so a changed
 * release set never hits an old entry.
 */
@ApplicationScoped
public class DecisionCache {

  @Inject
  @ConfigProperty(name = "portal.update.cache-entries", defaultValue = "10000")
  int capacity;

  @Inject
  @ConfigProperty(name = "portal.update.decision-hours", defaultValue = "24")
  int decisionHours;

  private Duration refresh;
  private Map<Object, SignedDecision> entries;

  protected DecisionCache() {}

  /** A cache of at most {@code capacity} decisions, reused until {@code refresh} before expiry. */
  public DecisionCache(int capacity, Duration refresh) {
    this.capacity = capacity;
    this.refresh = refresh;
    this.entries = new ConcurrentHashMap<>();
  }

  @PostConstruct
  void open() {
    Duration lifetime = Duration.ofHours(Math.max(1, decisionHours));
    Duration half = lifetime.dividedBy(2);
    refresh = half.compareTo(Duration.ofHours(1)) < 0 ? half : Duration.ofHours(1);
    entries = new ConcurrentHashMap<>();
  }

  /** The decision for {@code key} still fresh at {@code now}, or a new one from {@code fresh}. */
  public SignedDecision get(Object key, Instant now, Supplier<SignedDecision> fresh) {
    SignedDecision cached = entries.get(key);
    if (cached != null && now.isBefore(cached.expires().minus(refresh))) {
      return cached;
    }
    SignedDecision made = fresh.get();
    if (entries.size() >= Math.max(1, capacity)) {
      makeRoom(now);
    }
    entries.put(key, made);
    return made;
  }

  /**
   * Drops the decisions due for renewal, and when that is not enough the oldest half: every request
   * reads the map, so it takes no lock, and dropping a decision costs one signature.
   */
  private void makeRoom(Instant now) {
    entries.values().removeIf(d -> !now.isBefore(d.expires().minus(refresh)));
    if (entries.size() >= Math.max(1, capacity)) {
      List<Instant> expiries =
          entries.values().stream().map(SignedDecision::expires).sorted().toList();
      Instant median = expiries.get(expiries.size() / 2);
      entries.values().removeIf(d -> !d.expires().isAfter(median));
    }
  }

  public int size() {
    return entries.size();
  }
}
