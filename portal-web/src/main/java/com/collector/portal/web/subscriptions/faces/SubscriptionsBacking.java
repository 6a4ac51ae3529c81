package com.collector.portal.web.subscriptions.faces;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.subscriptions.boundary.NewSubscription;
import com.collector.portal.subscriptions.boundary.PlanView;
import com.collector.portal.subscriptions.boundary.Plans;
import com.collector.portal.subscriptions.boundary.SubscriptionFilter;
import com.collector.portal.subscriptions.boundary.SubscriptionView;
import com.collector.portal.subscriptions.boundary.Subscriptions;
import com.collector.portal.subscriptions.entity.SubscriptionState;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.CustomerPicker;
import com.collector.portal.web.layout.FieldMessages;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The subscriptions of the caller's subtree (a partner's portfolio, a customer's own): a lazy table
 * with quick filters and their counts, and a dialog to order one for a customer.
 */
@Named
@ViewScoped
public class SubscriptionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The quick filters of the table. */
  public enum QuickFilter {
    ALL(new SubscriptionFilter(null, null, null)),
    DUE(new SubscriptionFilter(null, 30, null)),
    GRACE(new SubscriptionFilter(SubscriptionState.GRACE, null, null)),
    EXPIRED(new SubscriptionFilter(SubscriptionState.EXPIRED, null, null));

    private final SubscriptionFilter filter;

    QuickFilter(SubscriptionFilter filter) {
      this.filter = filter;
    }
  }

  @Inject Subscriptions subscriptions;
  @Inject Plans plans;
  @Inject Organizations organizations;

  private QuickFilter quickFilter = QuickFilter.ALL;
  private BoundaryLazyModel<SubscriptionView> model;
  private final Map<QuickFilter, Long> counts = new EnumMap<>(QuickFilter.class);
  private List<PlanView> catalog;
  private CustomerPicker customer;
  private Long planId;
  private boolean autoRenew = true;

  @PostConstruct
  void init() {
    model =
        new BoundaryLazyModel<>(
            request -> subscriptions.page(quickFilter.filter, request), SubscriptionView::id);
    catalog = plans.list();
    customer = new CustomerPicker(organizations);
    count();
  }

  private void count() {
    for (QuickFilter filter : QuickFilter.values()) {
      counts.put(
          filter, subscriptions.page(filter.filter, new PageRequest(0, 1, null, true)).total());
    }
  }

  public void show(QuickFilter filter) {
    quickFilter = filter;
  }

  /** Opens the order dialog, its customer searched among those of the subtree. */
  public void startOrder() {
    customer = new CustomerPicker(organizations);
    planId = null;
    autoRenew = true;
  }

  public void order() {
    try {
      subscriptions.order(new NewSubscription(customer.chosenId(), planId, autoRenew));
    } catch (InvalidInputException | ConflictException e) {
      FieldMessages.show("order", e);
      return;
    }
    Messages.info("subscriptions.ordered");
    count();
    PrimeFaces.current().executeScript("PF('orderDialog').hide()");
  }

  /** The catalog plan of {@code planId}, for its name in the reader's language; null if gone. */
  public PlanView plan(long planId) {
    return catalog.stream().filter(p -> p.id() == planId).findFirst().orElse(null);
  }

  /** The UTC day of {@code instant}, as the table shows term ends. */
  public String day(Instant instant) {
    return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  public long count(QuickFilter filter) {
    return counts.getOrDefault(filter, 0L);
  }

  public QuickFilter[] getQuickFilters() {
    return QuickFilter.values();
  }

  public QuickFilter getQuickFilter() {
    return quickFilter;
  }

  public BoundaryLazyModel<SubscriptionView> getModel() {
    return model;
  }

  public List<PlanView> getCatalog() {
    return catalog;
  }

  public CustomerPicker getCustomer() {
    return customer;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public boolean isAutoRenew() {
    return autoRenew;
  }

  public void setAutoRenew(boolean autoRenew) {
    this.autoRenew = autoRenew;
  }
}
