package com.collector.portal.distribution.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed decisions by the hash of their inputs, least recently used dropped beyond {@code
 * capacity}. An entry is reused until {@code refresh} before it expires; its inputs include the
 * decision version, so a changed release set never hits an old entry.
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
  private Map<String, SignedDecision> entries;

  protected DecisionCache() {}

  /** A cache of at most {@code capacity} decisions, reused until {@code refresh} before expiry. */
  public DecisionCache(int capacity, Duration refresh) {
    this.capacity = capacity;
    this.refresh = refresh;
    this.entries = newMap();
  }

  @PostConstruct
  void open() {
    Duration lifetime = Duration.ofHours(Math.max(1, decisionHours));
    Duration half = lifetime.dividedBy(2);
    refresh = half.compareTo(Duration.ofHours(1)) < 0 ? half : Duration.ofHours(1);
    entries = newMap();
  }

  private Map<String, SignedDecision> newMap() {
    int max = Math.max(1, capacity);
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, SignedDecision> eldest) {
        return size() > max;
      }
    };
  }

  /** The decision for {@code key} still fresh at {@code now}, or a new one from {@code fresh}. */
  public SignedDecision get(String key, Instant now, Supplier<SignedDecision> fresh) {
    synchronized (entries) {
      SignedDecision cached = entries.get(key);
      if (cached != null && now.isBefore(cached.expires().minus(refresh))) {
        return cached;
      }
    }
    SignedDecision made = fresh.get();
    synchronized (entries) {
      entries.put(key, made);
    }
    return made;
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
