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

  /** Runs and failed runs; the error rate is their ratio. */
  public record RunCounts(long runs, long failed) {
    public double errorRate() {
      return runs == 0 ? 0 : (double) failed / runs;
    }
  }
}
