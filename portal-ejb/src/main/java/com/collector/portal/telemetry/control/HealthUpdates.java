package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Keeps installation health up to date from the events just stored, in the same transaction: last
 * seen, what runs (from the latest session start), the last run and success, consecutive failed
 * runs (overall and per plugin, counted in the order the runs happened), failed updates, and the
 * error groups. The health row is locked while it changes, so batches of one installation take
 * turns here and counts stay exact.
 */
@ApplicationScoped
public class HealthUpdates {

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /**
   * What the batch changed that alerts watch: failed runs in a row now (null without runs), the
   * latest update's outcome (null without updates), error groups new to the installation, when the
   * latest run occurred (null without runs).
   */
  public record HealthChange(
      Integer consecutiveFailures,
      Boolean updateSucceeded,
      List<String> newErrorGroups,
      Instant lastRunAt) {
    static final HealthChange NONE = new HealthChange(null, null, List.of(), null);
  }

  public HealthChange apply(
      long installationId, String ownerPath, Instant now, List<TelemetryEvent> events) {
    if (events.isEmpty()) {
      return HealthChange.NONE;
    }
    List<TelemetryEvent> ordered =
        events.stream().sorted(Comparator.comparing(TelemetryEvent::occurredAt)).toList();
    try (Connection connection = dataSource.getConnection()) {
      int failures = installation(connection, installationId, ownerPath, now, ordered);
      Map<String, List<TelemetryEvent>> runsByPlugin =
          ordered.stream()
              .filter(e -> e.type() == EventType.EXTRACTION_RUN)
              .collect(Collectors.groupingBy(TelemetryEvent::plugin));
      for (Map.Entry<String, List<TelemetryEvent>> plugin : runsByPlugin.entrySet()) {
        plugin(connection, installationId, ownerPath, plugin.getKey(), plugin.getValue());
      }
      List<String> newGroups = ErrorGroups.record(connection, installationId, ownerPath, ordered);
      Instant lastRun =
          ordered.stream()
              .filter(e -> e.type() == EventType.EXTRACTION_RUN)
              .map(TelemetryEvent::occurredAt)
              .reduce((a, b) -> b)
              .orElse(null);
      Boolean updated =
          ordered.stream()
              .filter(e -> e.type() == EventType.UPDATE_RESULT)
              .reduce((a, b) -> b)
              .map(e -> "success".equals(e.result()))
              .orElse(null);
      return new HealthChange(lastRun == null ? null : failures, updated, newGroups, lastRun);
    } catch (SQLException e) {
      throw new IllegalStateException("Updating installation health failed", e);
    }
  }

  private static int installation(
      Connection connection, long id, String ownerPath, Instant now, List<TelemetryEvent> events)
      throws SQLException {
    int failures;
    try (PreparedStatement lock =
        connection.prepareStatement(
            "INSERT INTO installation_health (installation_id, owner_path, last_seen_at, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (installation_id) DO UPDATE SET last_seen_at ="
                + " GREATEST(installation_health.last_seen_at, EXCLUDED.last_seen_at), updated_at ="
                + " EXCLUDED.updated_at RETURNING consecutive_failures")) {
      lock.setLong(1, id);
      lock.setString(2, ownerPath);
      lock.setTimestamp(3, Timestamp.from(now));
      lock.setTimestamp(4, Timestamp.from(now));
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        failures = row.getInt(1);
      }
    }
    List<TelemetryEvent> runs =
        events.stream().filter(e -> e.type() == EventType.EXTRACTION_RUN).toList();
    TelemetryEvent session =
        events.stream()
            .filter(e -> e.type() == EventType.SESSION_START)
            .reduce((a, b) -> b)
            .orElse(null);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE installation_health SET consecutive_failures = ?,"
                + " last_run_at = GREATEST(last_run_at, ?), last_success_at = GREATEST(last_success_at, ?),"
                + " last_update_failed_at = GREATEST(last_update_failed_at, ?),"
                + " app_version = COALESCE(?, app_version), os = COALESCE(?, os),"
                + " dotnet_version = COALESCE(?, dotnet_version), plugins = COALESCE(?, plugins)"
                + " WHERE installation_id = ?")) {
      int after = RunStreak.after(failures, runs);
      update.setInt(1, after);
      update.setTimestamp(2, latest(runs, r -> true));
      update.setTimestamp(3, latest(runs, TelemetryEvent::isSuccessfulRun));
      update.setTimestamp(
          4,
          latest(events, e -> e.type() == EventType.UPDATE_RESULT && "failure".equals(e.result())));
      update.setString(5, session == null ? null : session.appVersion());
      update.setString(6, session == null ? null : session.os());
      update.setString(7, session == null ? null : session.dotnetVersion());
      update.setString(8, session == null ? null : RunStreak.pluginList(session.plugins()));
      update.setLong(9, id);
      update.executeUpdate();
      return after;
    }
  }

  private static void plugin(
      Connection connection, long id, String ownerPath, String plugin, List<TelemetryEvent> runs)
      throws SQLException {
    int failures;
    try (PreparedStatement lock =
        connection.prepareStatement(
            "INSERT INTO installation_plugin_health (installation_id, plugin, owner_path, last_run_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (installation_id, plugin) DO UPDATE SET"
                + " owner_path = EXCLUDED.owner_path RETURNING consecutive_failures")) {
      lock.setLong(1, id);
      lock.setString(2, plugin);
      lock.setString(3, ownerPath);
      lock.setTimestamp(4, Timestamp.from(runs.get(0).occurredAt()));
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        failures = row.getInt(1);
      }
    }
    TelemetryEvent last = runs.get(runs.size() - 1);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE installation_plugin_health SET consecutive_failures = ?,"
                + " last_run_at = GREATEST(last_run_at, ?), last_success_at = GREATEST(last_success_at, ?),"
                + " last_error_code = CASE WHEN ? THEN ? ELSE last_error_code END"
                + " WHERE installation_id = ? AND plugin = ?")) {
      update.setInt(1, RunStreak.after(failures, runs));
      update.setTimestamp(2, Timestamp.from(last.occurredAt()));
      update.setTimestamp(3, latest(runs, TelemetryEvent::isSuccessfulRun));
      update.setBoolean(4, last.isFailedRun());
      update.setString(5, last.errorCode());
      update.setLong(6, id);
      update.setString(7, plugin);
      update.executeUpdate();
    }
  }

  private static Timestamp latest(
      List<TelemetryEvent> events, java.util.function.Predicate<TelemetryEvent> which) {
    return events.stream()
        .filter(which)
        .map(TelemetryEvent::occurredAt)
        .max(Comparator.naturalOrder())
        .map(Timestamp::from)
        .orElse(null);
  }
}
