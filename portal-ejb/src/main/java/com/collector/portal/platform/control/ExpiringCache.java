package com.collector.portal.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values kept for a while and dropped as soon as the data they were made from changed: each entry
 * remembers the {@code generation} read before it was loaded and is reused only while the
 * generation is the same. Loads are never run twice at once for a key: when the data changed (or
 * nothing is kept) callers wait for the one load; when only the time limit (the bound for changes
 * made on other instances) passed, one caller reloads while the others go on with the kept value.
 * Beyond {@code capacity} entries everything is dropped: a cache, not a store.
 */
public final class ExpiringCache<K, V> {

  private final int capacity;
  private final Duration lifetime;
  private final LongSupplier generation;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<K, CompletableFuture<Entry<V>>> loading = new ConcurrentHashMap<>();

  public ExpiringCache(int capacity, Duration lifetime, LongSupplier generation) {
    this.capacity = Math.max(1, capacity);
    this.lifetime = lifetime;
    this.generation = generation;
  }

  /** The value kept for {@code key}, or a new one from {@code load} (not kept when it throws). */
  public V get(K key, Instant now, Supplier<V> load) {
    long current = generation.getAsLong();
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.generation == current) {
      if (now.isBefore(entry.until) || !entry.refreshing.compareAndSet(false, true)) {
        return entry.value;
      }
      try {
        return load(key, current, now, load);
      } catch (RuntimeException | Error failed) {
        // What failed to load is not served stale either (a retired installation, say).
        entries.remove(key, entry);
        throw failed;
      } finally {
        entry.refreshing.set(false);
      }
    }
    while (true) {
      CompletableFuture<Entry<V>> running = loading.get(key);
      if (running == null) {
        return load(key, current, now, load);
      }
      Entry<V> loaded = await(running);
      if (loaded.generation == current) {
        return loaded.value;
      }
    }
  }

  private V load(K key, long current, Instant now, Supplier<V> load) {
    CompletableFuture<Entry<V>> mine = new CompletableFuture<>();
    CompletableFuture<Entry<V>> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      return await(running).value;
    }
    try {
      Entry<V> entry = new Entry<>(load.get(), current, now.plus(lifetime));
      if (entries.size() >= capacity) {
        entries.clear();
      }
      entries.put(key, entry);
      mine.complete(entry);
      return entry.value;
    } catch (RuntimeException | Error failed) {
      mine.completeExceptionally(failed);
      throw failed;
    } finally {
      loading.remove(key, mine);
    }
  }

  private static <V> Entry<V> await(CompletableFuture<Entry<V>> running) {
    try {
      return running.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** Forgets {@code key}. */
  public void remove(K key) {
    entries.remove(key);
  }

  public int size() {
    return entries.size();
  }

  private record Entry<V>(V value, long generation, Instant until, AtomicBoolean refreshing) {
    Entry(V value, long generation, Instant until) {
      this(value, generation, until, new AtomicBoolean());
    }
  }
}
