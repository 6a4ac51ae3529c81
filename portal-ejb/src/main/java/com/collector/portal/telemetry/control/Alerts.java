package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.HealthUpdates.HealthChange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Sets alerts from what telemetry changed, in the intake's transaction: a rule's condition starts
 * (firing, its ticket to be opened) or ends (cleared, its ticket to be resolved). Only changes
 * write; the tickets follow from {@code AlertDelivery}, off the telemetry's path.
 */
@ApplicationScoped
public class Alerts {

  /** An installation whose error groups stay quiet this long has its new-error alert cleared. */
  public static final Duration QUIET_ERRORS = Duration.ofDays(7);

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  @Inject AlertRules rules;

  public void evaluate(long installationId, String ownerPath, Instant now, HealthChange change) {
    if (change.consecutiveFailures() == null
        && change.updateSucceeded() == null
        && change.newErrorGroups().isEmpty()) {
      return;
    }
    Map<AlertRule, AlertRules.Settings> settings = rules.all();
    try (Connection connection = dataSource.getConnection()) {
      Integer failures = change.consecutiveFailures();
      AlertRules.Settings consecutive = settings.get(AlertRule.CONSECUTIVE_FAILURES);
      if (failures != null && consecutive.enabled() && failures >= consecutive.threshold()) {
        fire(
            connection,
            AlertRule.CONSECUTIVE_FAILURES,
            installationId,
            ownerPath,
            now,
            failures + " extraction runs failed in a row",
            false);
      } else if (failures != null && failures == 0) {
        clear(connection, AlertRule.CONSECUTIVE_FAILURES, installationId, now);
      }
      if (change.lastRunAt() != null
          && MissedRunRecords.ran(connection, installationId, change.lastRunAt())) {
        clear(connection, AlertRule.MISSED_RUNS, installationId, now);
      }
      Boolean updated = change.updateSucceeded();
      if (Boolean.FALSE.equals(updated) && settings.get(AlertRule.UPDATE_FAILED).enabled()) {
        fire(
            connection,
            AlertRule.UPDATE_FAILED,
            installationId,
            ownerPath,
            now,
            "The latest update failed",
            false);
      } else if (Boolean.TRUE.equals(updated)) {
        clear(connection, AlertRule.UPDATE_FAILED, installationId, now);
      }
      if (!change.newErrorGroups().isEmpty() && settings.get(AlertRule.NEW_ERROR_GROUP).enabled()) {
        fire(
            connection,
            AlertRule.NEW_ERROR_GROUP,
            installationId,
            ownerPath,
            now,
            "New error group(s): " + String.join(", ", change.newErrorGroups()),
            true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Setting alerts failed", e);
    }
  }

  /**
   * Starts the alert (to be delivered); {@code again} delivers it anew though already firing, so
   * its ticket hears of each new occurrence (another error group).
   */
  static void fire(
      Connection connection,
      AlertRule rule,
      long installationId,
      String ownerPath,
      Instant now,
      String detail,
      boolean again)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO alert (rule, installation_id, owner_path, firing, delivered, detail, fired_at)"
                + " VALUES (?, ?, ?, TRUE, FALSE, ?, ?) ON CONFLICT (rule, installation_id) DO UPDATE"
                + " SET firing = TRUE, delivered = FALSE, detail = EXCLUDED.detail,"
                + " fired_at = CASE WHEN alert.firing THEN alert.fired_at ELSE EXCLUDED.fired_at END,"
                + " cleared_at = NULL WHERE NOT alert.firing OR ?")) {
      upsert.setString(1, rule.name());
      upsert.setLong(2, installationId);
      upsert.setString(3, ownerPath);
      upsert.setString(4, detail.substring(0, Math.min(2000, detail.length())));
      upsert.setTimestamp(5, Timestamp.from(now));
      upsert.setBoolean(6, again);
      upsert.executeUpdate();
    }
  }

  /** Ends the alert if it fires (its ticket to be resolved). */
  static void clear(Connection connection, AlertRule rule, long installationId, Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE alert SET firing = FALSE, delivered = FALSE, cleared_at = ?"
                + " WHERE rule = ? AND installation_id = ? AND firing")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, rule.name());
      update.setLong(3, installationId);
      update.executeUpdate();
    }
  }
}
