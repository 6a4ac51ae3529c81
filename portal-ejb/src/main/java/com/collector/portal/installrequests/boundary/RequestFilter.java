package com.collector.portal.installrequests.boundary;

import com.collector.portal.installrequests.entity.RequestState;

/**
 * Which requests to list: of one state, of one customer, only those stuck in their state; any may
 * be null.
 */
public record RequestFilter(RequestState state, Long customerId, Boolean stuck) {}
