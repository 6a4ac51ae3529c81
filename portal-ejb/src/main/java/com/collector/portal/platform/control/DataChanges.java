package com.collector.portal.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A version per kind of row that in-memory caches of this instance compare with the version they
 * loaded at, so a change drops what they keep about that kind at once. A change counts when it
 * happens and again when its transaction commits: a cache that read the old row in between loaded
 * at the earlier version and is dropped too. Other instances rely on their caches' time limits.
 */
@ApplicationScoped
public class DataChanges {

  private final Map<Class<?>, AtomicLong> versions = new ConcurrentHashMap<>();

  @Resource TransactionSynchronizationRegistry transactions;

  /** The sum of the versions of {@code types}: it changes whenever one of them changes. */
  public long version(Class<?>... types) {
    long sum = 0;
    for (Class<?> type : types) {
      sum += counter(type).get();
    }
    return sum;
  }

  /** Notes a change of a {@code type} row, now and once its transaction committed. */
  public void changed(Class<?> type) {
    AtomicLong counter = counter(type);
    counter.incrementAndGet();
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // Only the outcome matters.
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                counter.incrementAndGet();
              }
            }
          });
    }
  }

  private AtomicLong counter(Class<?> type) {
    return versions.computeIfAbsent(type, ignored -> new AtomicLong());
  }
}
