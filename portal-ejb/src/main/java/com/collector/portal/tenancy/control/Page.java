package com.collector.portal.tenancy.control;

import java.util.List;
import java.util.function.Function;

/** One page of a scoped listing with the total number of matching rows. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
  }
}
