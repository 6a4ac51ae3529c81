package com.collector.portal.web.installrequests.faces;

import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestFilter;
import com.collector.portal.installrequests.boundary.RequestView;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.web.layout.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The installation requests page: the subtree's requests, oldest in their state first (customer
 * service's queue) with the stuck ones first and highlighted with their age, filtered by state or
 * to the stuck ones; requesters start a new one.
 */
@Named
@ViewScoped
public class InstallationRequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InstallationRequests requests;
  @Inject Clock clock;

  private List<RequestView> rows = new ArrayList<>();
  private RequestState stateFilter;
  private boolean stuckOnly;
  private boolean mayRequest;

  @PostConstruct
  void init() {
    mayRequest = requests.mayRequest();
    search();
  }

  public void search() {
    rows =
        new ArrayList<>(
            requests
                .page(
                    new RequestFilter(stateFilter, null, stuckOnly ? Boolean.TRUE : null),
                    new PageRequest(0, PageRequest.MAX_LIMIT, "stateSince", true))
                .items());
    // Stuck ones first, each group in the queue's order (the sort is stable).
    rows.sort(Comparator.comparing(r -> !r.stuck()));
  }

  /** Whole hours {@code request} has sat in its state. */
  public long hoursInState(RequestView request) {
    return Duration.between(request.stateSince(), clock.instant()).toHours();
  }

  public String moment(Instant instant) {
    return Dates.moment(instant);
  }

  public List<RequestState> getStates() {
    return List.of(RequestState.values());
  }

  public List<RequestView> getRows() {
    return rows;
  }

  public RequestState getStateFilter() {
    return stateFilter;
  }

  public void setStateFilter(RequestState stateFilter) {
    this.stateFilter = stateFilter;
  }

  public boolean isStuckOnly() {
    return stuckOnly;
  }

  public void setStuckOnly(boolean stuckOnly) {
    this.stuckOnly = stuckOnly;
  }

  public boolean isMayRequest() {
    return mayRequest;
  }
}
