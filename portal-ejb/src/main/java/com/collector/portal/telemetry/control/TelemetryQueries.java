package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Aggregates over one installation's events, computed by SQL. Callers have checked that the
 * installation lies in the reader's subtree: these take its id only.
 */
@ApplicationScoped
public class TelemetryQueries {

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Runs since {@code from} and how many failed. */
  public RunCounts runs(long installationId, Instant from) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE result = 'failure') FROM telemetry_event"
                    + " WHERE installation_id = ? AND type = 'extraction_run' AND occurred_at >= ?")) {
      query.setLong(1, installationId);
      query.setTimestamp(2, Timestamp.from(from));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new RunCounts(row.getLong(1), row.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Counting runs failed", e);
    }
  }

  /** Scheduled slots missed since {@code from}, the last one missed and the misses in a row. */
  public MissedCounts missed(long installationId, Instant from) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT (SELECT count(*) FROM missed_run m WHERE m.installation_id = ?"
                    + " AND m.slot_at >= ?), c.last_missed_at, c.missed_in_row"
                    + " FROM (SELECT 1) one LEFT JOIN run_schedule_check c ON c.installation_id = ?")) {
      query.setLong(1, installationId);
      query.setTimestamp(2, Timestamp.from(from));
      query.setLong(3, installationId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        Timestamp last = row.getTimestamp(2);
        return new MissedCounts(
            row.getLong(1), last == null ? null : last.toInstant(), row.getInt(3));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Counting missed runs failed", e);
    }
  }

  /** Scheduled slots missed over a time, the last one missed, the misses in a row now. */
  public record MissedCounts(long missed, Instant lastMissedAt, int inRow) {}

  /** Runs and failed runs; the error rate is their ratio. */
  public record RunCounts(long runs, long failed) {
    public double errorRate() {
      return runs == 0 ? 0 : (double) failed / runs;
    }
  }
}
