package com.collector.portal.tenancy.control;

import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Walks the rows a background job must handle across all tenants, as that named job: a batch of ids
 * in id order at a time, each batch after the last id seen, so rows the work changes (or a failure
 * leaves) are never read twice in one walk.
 */
@ApplicationScoped
public class SystemBatches {

  private static final int BATCH = 200;

  @Inject Store store;
  @Inject CurrentScope current;

  /**
   * Hands the id of every row of {@code type} matching {@code where} (JPQL on alias {@code e}) to
   * {@code work}, which runs in a transaction of its own; answers how many it reported done.
   */
  public <T extends TenantOwned> int each(
      String job,
      Class<T> type,
      String where,
      Map<String, Object> parameters,
      Function<T, Long> id,
      LongPredicate work) {
    int done = 0;
    long after = 0;
    List<Long> batch;
    do {
      batch = ids(job, type, where, parameters, id, after);
      for (long next : batch) {
        done += work.test(next) ? 1 : 0;
        after = next;
      }
    } while (batch.size() == BATCH);
    return done;
  }

  private <T extends TenantOwned> List<Long> ids(
      String job,
      Class<T> type,
      String where,
      Map<String, Object> parameters,
      Function<T, Long> id,
      long after) {
    Map<String, Object> bound = new HashMap<>(parameters);
    bound.put("after", after);
    return current.runAs(
        TenantScope.system(job),
        () ->
            store.list(type, "e.id > :after AND (" + where + ")", bound, "e.id", BATCH).stream()
                .map(id)
                .toList());
  }
}
