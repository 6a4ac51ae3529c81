package com.collector.portal.web.monitoring.faces;

import com.collector.portal.monitoring.boundary.Dashboard;
import com.collector.portal.monitoring.boundary.FailingInstallationView;
import com.collector.portal.monitoring.boundary.MonitoringFilter;
import com.collector.portal.monitoring.boundary.RunsPerDayView;
import com.collector.portal.monitoring.boundary.TopErrorView;
import com.collector.portal.monitoring.boundary.VersionsView;
import com.collector.portal.monitoring.control.Period;
import com.collector.portal.tenancy.boundary.OrganizationView;
import com.collector.portal.tenancy.boundary.Organizations;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.layout.OrganizationChoices;
import com.collector.portal.web.layout.OrganizationSearch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * The monitoring dashboard: runs per day by result, failing installations, versions in use and the
 * most frequent error groups of the reader's subtree, narrowed to a partner (vendor staff), a
 * customer and a period. The figures come counted from {@link Dashboard}; this only maps them.
 */
@Named
@ViewScoped
public class MonitoringBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int TOP_ERRORS = 10;

  @Inject Dashboard dashboard;
  @Inject Organizations organizations;

  private OrganizationSearch search;
  private boolean partnersShown;
  private boolean customersShown;
  private OrganizationView partner;
  private OrganizationView customer;
  private int days = 30;

  private RunsPerDayView runs;
  private BarChartModel chart;
  private VersionsView versions;
  private List<TopErrorView> errors;
  private BoundaryLazyModel<FailingInstallationView> failing;

  @PostConstruct
  void init() {
    search = new OrganizationSearch(organizations);
    // Two tell whether there is a choice; the fields search the rest.
    partnersShown = search.peek(OrganizationKind.PARTNER, 2).total() > 1;
    customersShown = search.peek(OrganizationKind.CUSTOMER, 2).total() > 1;
    failing =
        new BoundaryLazyModel<>(
            request -> dashboard.failing(filter(), request),
            FailingInstallationView::installationId);
    refresh();
  }

  /** Counts again for the chosen partner, customer and period. */
  public void refresh() {
    MonitoringFilter filter = filter();
    runs = dashboard.runsPerDay(filter);
    chart =
        RunsChart.of(
            runs.days(),
            new RunsChart.Labels(
                Messages.text("monitoring.result.success"),
                Messages.text("monitoring.result.failure"),
                Messages.text("monitoring.result.partial")),
            Dates.locale());
    versions = dashboard.versions(filter);
    errors = dashboard.topErrors(filter, TOP_ERRORS);
  }

  /** A new partner (or none): a customer of another one no longer applies. */
  public void partnerChanged() {
    if (partner != null && customer != null && !Objects.equals(customer.parentId(), partner.id())) {
      customer = null;
    }
    refresh();
  }

  /** Partners whose name contains {@code query} (vendor staff). */
  public List<OrganizationView> completePartner(String query) {
    return search.suggest(query, OrganizationKind.PARTNER, null);
  }

  /** Customers whose name contains {@code query}: the chosen partner's only, if one is. */
  public List<OrganizationView> completeCustomer(String query) {
    return search.suggest(query, OrganizationKind.CUSTOMER, OrganizationSearch.id(partner));
  }

  private MonitoringFilter filter() {
    return new MonitoringFilter(
        OrganizationSearch.id(partner), OrganizationSearch.id(customer), null, new Period(days));
  }

  public String moment(Instant instant) {
    return instant == null ? "" : Dates.moment(instant);
  }

  /** Whether the reader has partners to choose from (vendor staff). */
  public boolean isPartnersShown() {
    return partnersShown;
  }

  /** Whether the reader has more than one customer to choose from. */
  public boolean isCustomersShown() {
    return customersShown;
  }

  /** The search fields' converter. */
  public OrganizationChoices getChoices() {
    return search.getChoices();
  }

  public List<Integer> getPeriods() {
    return List.of(7, 30, 90);
  }

  public OrganizationView getPartner() {
    return partner;
  }

  public void setPartner(OrganizationView partner) {
    this.partner = partner;
  }

  public OrganizationView getCustomer() {
    return customer;
  }

  public void setCustomer(OrganizationView customer) {
    this.customer = customer;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public RunsPerDayView getRuns() {
    return runs;
  }

  public BarChartModel getChart() {
    return chart;
  }

  public VersionsView getVersions() {
    return versions;
  }

  public List<TopErrorView> getErrors() {
    return errors;
  }

  public BoundaryLazyModel<FailingInstallationView> getFailing() {
    return failing;
  }
}
