package com.collector.portal.installrequests.boundary;

import com.collector.portal.installrequests.entity.RequestState;

/**
 * Which requests to list: of one state, of one customer, only those stuck in their state; any may
 * be null. With {@code stuckFirst} the stuck ones lead, each group in the requested order (customer
 * service's queue).
 */
public record RequestFilter(
    RequestState state, Long customerId, Boolean stuck, boolean stuckFirst) {

  public RequestFilter(RequestState state, Long customerId, Boolean stuck) {
    this(state, customerId, stuck, false);
  }
}
