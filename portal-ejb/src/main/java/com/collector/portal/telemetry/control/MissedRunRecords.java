package com.collector.portal.telemetry.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The rows of missed runs: the missed slots kept, and each installation's check. */
final class MissedRunRecords {

  private MissedRunRecords() {}

  /** Keeps the missed slots, forgets those older than {@code forgetBefore}. */
  static void record(
      Connection connection,
      long installationId,
      String ownerPath,
      List<RunSchedule.Slot> missed,
      Instant forgetBefore)
      throws SQLException {
    if (!missed.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO missed_run (installation_id, slot_at, plugin, owner_path)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        for (RunSchedule.Slot slot : missed) {
          insert.setLong(1, installationId);
          insert.setTimestamp(2, Timestamp.from(slot.at()));
          insert.setString(3, slot.plugin() == null ? "" : slot.plugin());
          insert.setString(4, ownerPath);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    try (PreparedStatement forget =
        connection.prepareStatement(
            "DELETE FROM missed_run WHERE installation_id = ? AND slot_at < ?")) {
      forget.setLong(1, installationId);
      forget.setTimestamp(2, Timestamp.from(forgetBefore));
      forget.executeUpdate();
    }
  }

  static void update(
      Connection connection,
      long installationId,
      int revision,
      String schedule,
      Instant checkedUntil,
      Instant nextCheckAt,
      int inRow,
      Instant lastMissed,
      Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE run_schedule_check SET revision = ?, schedule = ?, checked_until = ?,"
                + " next_check_at = ?, missed_in_row = ?, last_missed_at = ?, updated_at = ?"
                + " WHERE installation_id = ?")) {
      update.setInt(1, revision);
      update.setString(2, schedule);
      update.setTimestamp(3, Timestamp.from(checkedUntil));
      setInstant(update, 4, nextCheckAt);
      update.setInt(5, inRow);
      setInstant(update, 6, lastMissed);
      update.setTimestamp(7, Timestamp.from(now));
      update.setLong(8, installationId);
      update.executeUpdate();
    }
  }

  /**
   * A run arrived that occurred at {@code ranAt}: misses in a row before it end, and so does the
   * alert. Answers whether there were any.
   */
  static boolean ran(Connection connection, long installationId, Instant ranAt)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE run_schedule_check SET missed_in_row = 0 WHERE installation_id = ?"
                + " AND missed_in_row > 0 AND last_missed_at <= ?")) {
      update.setLong(1, installationId);
      update.setTimestamp(2, Timestamp.from(ranAt));
      return update.executeUpdate() > 0;
    }
  }

  /** Clears the missed-run alerts of installations no longer watched (retired, unsubscribed). */
  static void clearUnwatched(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement clear =
        connection.prepareStatement(
            "UPDATE alert a SET firing = FALSE, delivered = FALSE, cleared_at = ?"
                + " WHERE a.rule = 'MISSED_RUNS' AND a.firing AND NOT EXISTS (SELECT 1 FROM"
                + " installation i WHERE i.id = a.installation_id AND "
                + MissedRuns.WATCHED
                + ")")) {
      clear.setTimestamp(1, Timestamp.from(now));
      clear.executeUpdate();
    }
  }

  private static void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    statement.setTimestamp(index, value == null ? null : Timestamp.from(value));
  }
}
