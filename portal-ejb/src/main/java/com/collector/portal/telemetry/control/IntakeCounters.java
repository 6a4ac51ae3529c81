package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/** What each installation sent per day: accepted, duplicate, rejected and dropped events. */
@ApplicationScoped
public class IntakeCounters {

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Adds to the day's counts, in the caller's transaction. */
  public void add(long installationId, String ownerPath, LocalDate day, Intake counts) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO telemetry_intake (installation_id, day, owner_path, accepted, duplicates,"
                    + " rejected, dropped) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (installation_id, day)"
                    + " DO UPDATE SET accepted = telemetry_intake.accepted + EXCLUDED.accepted,"
                    + " duplicates = telemetry_intake.duplicates + EXCLUDED.duplicates,"
                    + " rejected = telemetry_intake.rejected + EXCLUDED.rejected,"
                    + " dropped = telemetry_intake.dropped + EXCLUDED.dropped")) {
      upsert.setLong(1, installationId);
      upsert.setDate(2, Date.valueOf(day));
      upsert.setString(3, ownerPath);
      upsert.setLong(4, counts.accepted());
      upsert.setLong(5, counts.duplicates());
      upsert.setLong(6, counts.rejected());
      upsert.setLong(7, counts.dropped());
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Counting telemetry failed", e);
    }
  }

  /** Counts of one batch, or of one day. */
  public record Intake(long accepted, long duplicates, long rejected, long dropped) {}
}
