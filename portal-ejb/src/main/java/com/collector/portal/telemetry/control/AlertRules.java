package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/** The vendor's alert rules: enabled, threshold, priority of the tickets they open. */
@ApplicationScoped
public class AlertRules {

  /** One rule's settings. */
  public record Settings(AlertRule rule, boolean enabled, int threshold, String priority) {}

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Read again after this long, so a change on another instance is seen soon. */
  static final long FRESH_MILLIS = 10_000;

  private volatile Map<AlertRule, Settings> cached;
  private volatile long readAt;

  /** The rules, as read at most {@link #FRESH_MILLIS} ago (every batch with runs asks). */
  public Map<AlertRule, Settings> all() {
    Map<AlertRule, Settings> rules = cached;
    if (rules == null || System.currentTimeMillis() - readAt > FRESH_MILLIS) {
      rules = read();
      cached = rules;
      readAt = System.currentTimeMillis();
    }
    return rules;
  }

  private Map<AlertRule, Settings> read() {
    Map<AlertRule, Settings> rules = new EnumMap<>(AlertRule.class);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT rule, enabled, threshold, priority FROM alert_rule");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        AlertRule rule = AlertRule.valueOf(rows.getString(1));
        rules.put(rule, new Settings(rule, rows.getBoolean(2), rows.getInt(3), rows.getString(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading alert rules failed", e);
    }
    return Map.copyOf(rules);
  }

  public void change(Settings settings, String by, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE alert_rule SET enabled = ?, threshold = ?, priority = ?, updated_by = ?,"
                    + " updated_at = ? WHERE rule = ?")) {
      update.setBoolean(1, settings.enabled());
      update.setInt(2, settings.threshold());
      update.setString(3, settings.priority());
      update.setString(4, by);
      update.setTimestamp(5, Timestamp.from(now));
      update.setString(6, settings.rule().name());
      update.executeUpdate();
      cached = null;
    } catch (SQLException e) {
      throw new IllegalStateException("Changing an alert rule failed", e);
    }
  }
}
