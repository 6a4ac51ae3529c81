package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.HealthDelta.Runs;
import com.collector.portal.telemetry.control.HealthDelta.Session;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Folds health deltas into installation health, in the caller's transaction: last seen, what runs
 * (from the latest session start), the last run and success, consecutive failed runs (overall and
 * per plugin, continuing the streak health holds), failed updates, the error groups and the day's
 * intake counts.
 */
@ApplicationScoped
public class HealthUpdates {

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Inject IntakeCounters counters;

  /**
   * What the delta changed that alerts watch: failed runs in a row now (null without runs), the
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

  public HealthChange apply(long installationId, String ownerPath, HealthDelta delta) {
    delta.intake().forEach((day, counts) -> counters.add(installationId, ownerPath, day, counts));
    if (delta.lastSeen() == null) {
      return HealthChange.NONE;
    }
    try (Connection connection = dataSource.getConnection()) {
      int failures = installation(connection, installationId, ownerPath, delta);
      for (Map.Entry<String, Runs> plugin : delta.plugins().entrySet()) {
        plugin(connection, installationId, ownerPath, plugin.getKey(), plugin.getValue());
      }
      List<String> newGroups =
          ErrorGroups.record(connection, installationId, ownerPath, delta.errors());
      Runs runs = delta.runs();
      return new HealthChange(
          runs == null ? null : failures,
          delta.updateSucceeded(),
          newGroups,
          runs == null ? null : runs.lastRunAt());
    } catch (SQLException e) {
      throw new IllegalStateException("Updating installation health failed", e);
    }
  }

  private static int installation(
      Connection connection, long id, String ownerPath, HealthDelta delta) throws SQLException {
    Runs runs = delta.runs();
    Session session = delta.session();
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO installation_health AS h (installation_id, owner_path, last_seen_at,"
                + " updated_at, consecutive_failures, last_run_at, last_success_at,"
                + " last_update_failed_at, app_version, os, dotnet_version, plugins)"
                + " VALUES (?, ?, ?, ?, COALESCE(?, 0), ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (installation_id) DO UPDATE SET owner_path = EXCLUDED.owner_path,"
                + " last_seen_at = GREATEST(h.last_seen_at, EXCLUDED.last_seen_at),"
                + " updated_at = EXCLUDED.updated_at,"
                + " consecutive_failures = CASE WHEN ? THEN COALESCE(?, 0)"
                + " ELSE h.consecutive_failures + COALESCE(?, 0) END,"
                + " last_run_at = GREATEST(h.last_run_at, EXCLUDED.last_run_at),"
                + " last_success_at = GREATEST(h.last_success_at, EXCLUDED.last_success_at),"
                + " last_update_failed_at = GREATEST(h.last_update_failed_at,"
                + " EXCLUDED.last_update_failed_at),"
                + " app_version = COALESCE(EXCLUDED.app_version, h.app_version),"
                + " os = COALESCE(EXCLUDED.os, h.os),"
                + " dotnet_version = COALESCE(EXCLUDED.dotnet_version, h.dotnet_version),"
                + " plugins = COALESCE(EXCLUDED.plugins, h.plugins)"
                + " RETURNING consecutive_failures")) {
      Integer streak = runs == null ? null : runs.failuresInRow();
      int at = 1;
      upsert.setLong(at++, id);
      upsert.setString(at++, ownerPath);
      upsert.setTimestamp(at++, Timestamp.from(delta.lastSeen()));
      upsert.setTimestamp(at++, Timestamp.from(delta.lastSeen()));
      upsert.setObject(at++, streak, java.sql.Types.INTEGER);
      upsert.setTimestamp(at++, time(runs == null ? null : runs.lastRunAt()));
      upsert.setTimestamp(at++, time(runs == null ? null : runs.lastSuccessAt()));
      upsert.setTimestamp(at++, time(delta.lastUpdateFailedAt()));
      upsert.setString(at++, session == null ? null : session.appVersion());
      upsert.setString(at++, session == null ? null : session.os());
      upsert.setString(at++, session == null ? null : session.dotnetVersion());
      upsert.setString(at++, session == null ? null : session.plugins());
      upsert.setBoolean(at++, runs != null && runs.resetsStreak());
      upsert.setObject(at++, streak, java.sql.Types.INTEGER);
      upsert.setObject(at, streak, java.sql.Types.INTEGER);
      try (ResultSet row = upsert.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static void plugin(
      Connection connection, long id, String ownerPath, String plugin, Runs runs)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO installation_plugin_health AS p (installation_id, plugin, owner_path,"
                + " last_run_at, last_success_at, consecutive_failures, last_error_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (installation_id, plugin) DO UPDATE SET"
                + " owner_path = EXCLUDED.owner_path,"
                + " last_run_at = GREATEST(p.last_run_at, EXCLUDED.last_run_at),"
                + " last_success_at = GREATEST(p.last_success_at, EXCLUDED.last_success_at),"
                + " consecutive_failures = CASE WHEN ? THEN EXCLUDED.consecutive_failures"
                + " ELSE p.consecutive_failures + EXCLUDED.consecutive_failures END,"
                + " last_error_code = CASE WHEN ? THEN EXCLUDED.last_error_code"
                + " ELSE p.last_error_code END")) {
      int at = 1;
      upsert.setLong(at++, id);
      upsert.setString(at++, plugin);
      upsert.setString(at++, ownerPath);
      upsert.setTimestamp(at++, time(runs.lastRunAt()));
      upsert.setTimestamp(at++, time(runs.lastSuccessAt()));
      upsert.setInt(at++, runs.failuresInRow());
      upsert.setString(at++, runs.setsErrorCode() ? runs.errorCode() : null);
      upsert.setBoolean(at++, runs.resetsStreak());
      upsert.setBoolean(at, runs.setsErrorCode());
      upsert.executeUpdate();
    }
  }

  private static Timestamp time(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
