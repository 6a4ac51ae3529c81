package com.collector.portal.web.installrequests.faces;

import com.collector.portal.installrequests.boundary.InstallationRequests;
import com.collector.portal.installrequests.boundary.RequestFilter;
import com.collector.portal.installrequests.boundary.RequestView;
import com.collector.portal.installrequests.entity.RequestState;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The installation requests page: the subtree's requests, a page at a time, oldest in their state
 * first (customer service's queue) or as sorted, the stuck ones always first and highlighted with
 * their age, filtered by state or to the stuck ones; requesters start a new one.
 */
@Named
@ViewScoped
public class InstallationRequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject InstallationRequests requests;
  @Inject Clock clock;

  private BoundaryLazyModel<RequestView> model;
  private RequestState stateFilter;
  private boolean stuckOnly;
  private boolean mayRequest;

  @PostConstruct
  void init() {
    mayRequest = requests.mayRequest();
    model =
        new BoundaryLazyModel<>(
            page ->
                requests.page(
                    new RequestFilter(stateFilter, null, stuckOnly ? Boolean.TRUE : null, true),
                    page),
            RequestView::id);
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

  public BoundaryLazyModel<RequestView> getModel() {
    return model;
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
