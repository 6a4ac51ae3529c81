package com.collector.portal.telemetry.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.telemetry.control.TelemetryQueries;
import com.collector.portal.telemetry.entity.InstallationHealth;
import com.collector.portal.telemetry.entity.IntakeDay;
import com.collector.portal.telemetry.entity.PluginHealth;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** An installation's health for people of its subtree ({@code VIEW}); 404 for others. */
@Stateless
public class InstallationHealthReport {

  static final Duration WINDOW = Duration.ofDays(7);

  @Inject Store store;
  @Inject TelemetryQueries queries;
  @Inject Clock clock;

  public HealthView health(long installationId) {
    store.scope().require(Right.VIEW);
    Installation installation = store.find(Installation.class, installationId);
    Instant from = clock.instant().minus(WINDOW);
    TelemetryQueries.RunCounts runs = queries.runs(installation.id(), from);
    TelemetryQueries.MissedCounts missed = queries.missed(installation.id(), from);
    Map<String, Object> mine = Map.of("installation", installation.id());
    List<HealthView.PluginHealthView> plugins =
        store
            .list(PluginHealth.class, "e.installationId = :installation", mine, "e.plugin")
            .stream()
            .map(
                p ->
                    new HealthView.PluginHealthView(
                        p.plugin(),
                        p.lastRunAt(),
                        p.lastSuccessAt(),
                        p.consecutiveFailures(),
                        p.lastErrorCode()))
            .toList();
    List<IntakeDay> days =
        store.list(
            IntakeDay.class,
            "e.installationId = :installation AND e.day >= :from",
            Map.of(
                "installation", installation.id(),
                "from", from.atOffset(ZoneOffset.UTC).toLocalDate()),
            "e.day");
    HealthView.Intake intake =
        new HealthView.Intake(
            days.stream().mapToLong(IntakeDay::accepted).sum(),
            days.stream().mapToLong(IntakeDay::duplicates).sum(),
            days.stream().mapToLong(IntakeDay::rejected).sum(),
            days.stream().mapToLong(IntakeDay::dropped).sum());
    InstallationHealth h =
        store.findOptional(InstallationHealth.class, installation.id()).orElse(null);
    return new HealthView(
        installation.id(),
        h == null ? null : h.lastSeenAt(),
        h == null ? installation.appVersion() : h.appVersion(),
        h == null ? installation.os() : h.os(),
        h == null ? null : h.dotnetVersion(),
        h == null ? null : h.plugins(),
        h == null ? null : h.lastRunAt(),
        h == null ? null : h.lastSuccessAt(),
        h == null ? 0 : h.consecutiveFailures(),
        h == null ? null : h.lastUpdateFailedAt(),
        runs.runs(),
        runs.failed(),
        runs.errorRate(),
        plugins,
        intake,
        missed.missed(),
        missed.lastMissedAt(),
        missed.inRow());
  }
}
