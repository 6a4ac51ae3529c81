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
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
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

  private List<OrganizationView> partners;
  private List<OrganizationView> allCustomers;
  private Long partnerId;
  private Long customerId;
  private int days = 30;

  private RunsPerDayView runs;
  private BarChartModel chart;
  private VersionsView versions;
  private List<TopErrorView> errors;
  private BoundaryLazyModel<FailingInstallationView> failing;

  @PostConstruct
  void init() {
    partners = list(OrganizationKind.PARTNER);
    allCustomers = list(OrganizationKind.CUSTOMER);
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

  /** A new partner: a customer of another one no longer applies. */
  public void partnerChanged() {
    if (customerId != null
        && getCustomers().stream().noneMatch(c -> Objects.equals(c.id(), customerId))) {
      customerId = null;
    }
    refresh();
  }

  private MonitoringFilter filter() {
    return new MonitoringFilter(partnerId, customerId, null, new Period(days));
  }

  private List<OrganizationView> list(OrganizationKind kind) {
    return new ArrayList<>(
        organizations
            .page(null, kind, new PageRequest(0, PageRequest.MAX_LIMIT, "name", true))
            .items());
  }

  public String moment(Instant instant) {
    return instant == null ? "" : Dates.moment(instant);
  }

  /** Whether the reader has partners to choose from (vendor staff). */
  public boolean isPartnersShown() {
    return partners.size() > 1;
  }

  /** Whether the reader has more than one customer to choose from. */
  public boolean isCustomersShown() {
    return allCustomers.size() > 1;
  }

  public List<OrganizationView> getPartners() {
    return partners;
  }

  /** The customers of the chosen partner, or all the reader's. */
  public List<OrganizationView> getCustomers() {
    return partnerId == null
        ? allCustomers
        : allCustomers.stream().filter(c -> Objects.equals(c.parentId(), partnerId)).toList();
  }

  public List<Integer> getPeriods() {
    return List.of(7, 30, 90);
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
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
