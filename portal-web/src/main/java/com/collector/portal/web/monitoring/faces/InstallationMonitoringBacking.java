package com.collector.portal.web.monitoring.faces;

import com.collector.portal.installations.boundary.InstallationView;
import com.collector.portal.installations.boundary.Installations;
import com.collector.portal.monitoring.boundary.Dashboard;
import com.collector.portal.monitoring.boundary.InstallationTimeline;
import com.collector.portal.monitoring.boundary.MonitoringFilter;
import com.collector.portal.monitoring.boundary.RunsPerDayView;
import com.collector.portal.monitoring.boundary.TimelineEntryView;
import com.collector.portal.monitoring.control.Period;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.telemetry.boundary.HealthView;
import com.collector.portal.telemetry.boundary.InstallationHealthReport;
import com.collector.portal.telemetry.control.EventType;
import com.collector.portal.web.layout.BoundaryLazyModel;
import com.collector.portal.web.layout.Dates;
import com.collector.portal.web.layout.Messages;
import com.collector.portal.web.layout.NotFoundPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * An installation's monitoring page: its health, its runs per day and its timeline of sessions,
 * runs, errors and updates (newest first, paged in the database, of one kind if chosen).
 */
@Named
@ViewScoped
public class InstallationMonitoringBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the timeline can show, by the name the page offers. */
  static final Map<String, Set<EventType>> KINDS =
      Map.of(
          "sessions", EnumSet.of(EventType.SESSION_START, EventType.SESSION_END),
          "runs", EnumSet.of(EventType.EXTRACTION_RUN),
          "errors", EnumSet.of(EventType.APP_ERROR),
          "updates", EnumSet.of(EventType.UPDATE_RESULT));

  @Inject Installations installations;
  @Inject InstallationHealthReport healthReport;
  @Inject Dashboard dashboard;
  @Inject InstallationTimeline timeline;

  private String installationParameter;
  private Long installationId;
  private InstallationView installation;
  private HealthView health;
  private RunsPerDayView runs;
  private BarChartModel chart;
  private int days = 30;
  private String kind;
  private BoundaryLazyModel<TimelineEntryView> entries;

  /** Loads the installation of {@code ?installation=}; an unknown or foreign one is a 404. */
  public void load() throws IOException {
    try {
      installationId =
          Long.valueOf(installationParameter == null ? "" : installationParameter.strip());
      installation = installations.get(installationId);
    } catch (NumberFormatException | NotFoundException e) {
      NotFoundPages.send();
      return;
    }
    health = healthReport.health(installationId);
    entries =
        new BoundaryLazyModel<>(
            request -> timeline.timeline(installationId, types(), request),
            TimelineEntryView::eventId);
    refresh();
  }

  /** The event types of the chosen kind; none chosen is all of them. */
  private Set<EventType> types() {
    return kind == null ? Set.of() : KINDS.getOrDefault(kind, Set.of());
  }

  /** Counts the runs again for the chosen period. */
  public void refresh() {
    runs = dashboard.runsPerDay(new MonitoringFilter(null, null, installationId, new Period(days)));
    chart =
        RunsChart.of(
            runs.days(),
            new RunsChart.Labels(
                Messages.text("monitoring.result.success"),
                Messages.text("monitoring.result.failure"),
                Messages.text("monitoring.result.partial")),
            Dates.locale());
  }

  public String moment(Instant instant) {
    return instant == null ? Messages.text("installations.never") : Dates.moment(instant);
  }

  /** The error rate over seven days as a percentage. */
  public long errorPercent() {
    return health == null ? 0 : Math.round(health.errorRate7d() * 100);
  }

  public List<String> getKinds() {
    return List.of("sessions", "runs", "errors", "updates");
  }

  public List<Integer> getPeriods() {
    return List.of(7, 30, 90);
  }

  public String getInstallationParameter() {
    return installationParameter;
  }

  public void setInstallationParameter(String installationParameter) {
    this.installationParameter = installationParameter;
  }

  public InstallationView getInstallation() {
    return installation;
  }

  public HealthView getHealth() {
    return health;
  }

  public RunsPerDayView getRuns() {
    return runs;
  }

  public BarChartModel getChart() {
    return chart;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public BoundaryLazyModel<TimelineEntryView> getEntries() {
    return entries;
  }
}
