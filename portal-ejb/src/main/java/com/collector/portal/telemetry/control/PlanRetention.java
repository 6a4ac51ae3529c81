package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Each customer's telemetry kept as long as its plan says: the retention of every installation (its
 * customer's live subscription's plan version, {@code telemetry_retention_days}; none there: no
 * limit below the portal's; no live subscription: the default), and the deletion of an
 * installation's events older than that, a bounded batch per transaction, along the index on
 * installation and time.
 */
@ApplicationScoped
public class PlanRetention {

  /** An installation and the days its events are kept (null: as long as the portal keeps any). */
  public record Kept(long installationId, Integer days) {}

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** The installations after {@code after} in id order, at most {@code limit}, with their days. */
  public List<Kept> after(long after, int limit, int defaultDays) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT i.id, CASE WHEN s.id IS NULL THEN ? ELSE v.telemetry_retention_days END"
                    + " FROM installation i LEFT JOIN subscription s ON s.customer_id = i.customer_id"
                    + " AND s.state IN ('TRIAL', 'ACTIVE', 'GRACE', 'CANCELLED')"
                    + " LEFT JOIN plan_version v ON v.id = s.plan_version_id"
                    + " WHERE i.id > ? ORDER BY i.id LIMIT ?")) {
      query.setInt(1, defaultDays);
      query.setLong(2, after);
      query.setInt(3, limit);
      List<Kept> kept = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int days = rows.getInt(2);
          kept.add(new Kept(rows.getLong(1), rows.wasNull() ? null : days));
        }
      }
      return kept;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading telemetry retention failed", e);
    }
  }

  /**
   * Deletes at most {@code limit} of the installation's events that occurred from {@code from}
   * (older ones go with their partitions) to before {@code before}, in a transaction of its own;
   * answers how many.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int deleteBatch(long installationId, Instant from, Instant before, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM telemetry_event e USING (SELECT installation_id, event_id, occurred_at"
                    + " FROM telemetry_event WHERE installation_id = ? AND occurred_at >= ?"
                    + " AND occurred_at < ? LIMIT ?) old WHERE e.installation_id = old.installation_id"
                    + " AND e.event_id = old.event_id AND e.occurred_at = old.occurred_at"
                    + " AND e.installation_id = ? AND e.occurred_at >= ? AND e.occurred_at < ?")) {
      Timestamp start = Timestamp.from(from);
      Timestamp end = Timestamp.from(before);
      delete.setLong(1, installationId);
      delete.setTimestamp(2, start);
      delete.setTimestamp(3, end);
      delete.setInt(4, limit);
      delete.setLong(5, installationId);
      delete.setTimestamp(6, start);
      delete.setTimestamp(7, end);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Deleting old telemetry failed", e);
    }
  }
}
