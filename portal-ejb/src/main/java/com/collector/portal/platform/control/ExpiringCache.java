package com.collector.portal.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values kept for a while and dropped as soon as the data they were made from changed: each entry
 * remembers the {@code generation} read before it was loaded and is reused only while the
 * generation is the same and its time limit (the bound for changes made on other instances) has not
 * passed. Beyond {@code capacity} entries everything is dropped: a cache, not a store.
 */
public final class ExpiringCache<K, V> {

  private final int capacity;
  private final Duration lifetime;
  private final LongSupplier generation;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  public ExpiringCache(int capacity, Duration lifetime, LongSupplier generation) {
    this.capacity = Math.max(1, capacity);
    this.lifetime = lifetime;
    this.generation = generation;
  }

  /** The value kept for {@code key}, or a new one from {@code load} (not kept when it throws). */
  public V get(K key, Instant now, Supplier<V> load) {
    long current = generation.getAsLong();
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.generation == current && now.isBefore(entry.until)) {
      return entry.value;
    }
    V value = load.get();
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(key, new Entry<>(value, current, now.plus(lifetime)));
    return value;
  }

  /** Forgets {@code key}. */
  public void remove(K key) {
    entries.remove(key);
  }

  public int size() {
    return entries.size();
  }

  private record Entry<V>(V value, long generation, Instant until) {}
}
