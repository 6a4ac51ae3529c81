package com.collector.portal.telemetry.control;

import com.collector.portal.platform.control.SqlRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Missed scheduled runs, installation by installation and incrementally: each check decides the
 * slots of the schedule the portal holds from where the last check stopped up to the tolerance ago,
 * against the runs stored, records the missed ones and the misses in a row, and sets the {@code
 * MISSED_RUNS} alert. Only active, enrolled installations of customers with a running subscription
 * are watched, and only when a slot can have been decided or their configuration changed.
 */
@ApplicationScoped
public class MissedRuns {

  /** Slots decided by one check at most (a schedule every minute: over a day's worth). */
  static final int MOST_SLOTS = 2000;

  /** How far back a first check, or one after a long stop, looks. */
  static final Duration LOOK_BACK = Duration.ofDays(7);

  /** Missed slots are kept a little longer than health counts them. */
  static final Duration KEEP = LOOK_BACK.plusDays(1);

  static final String WATCHED =
      "i.state = 'ACTIVE' AND i.enrolled_at IS NOT NULL AND EXISTS (SELECT 1 FROM subscription s"
          + " WHERE s.customer_id = i.customer_id AND s.state IN ('TRIAL', 'ACTIVE', 'GRACE', 'CANCELLED'))";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** What a check found: the slots decided, those missed, the misses in a row after them. */
  public record Checked(int decided, int missed, int inRow) {}

  /** What the check reads under lock. */
  private record Watch(
      String ownerPath,
      Instant checkedUntil,
      String checkedSchedule,
      int inRow,
      Instant lastMissed,
      Instant enrolledAt,
      int revision,
      Instant revisionAt,
      String effective) {}

  /**
   * Watched installations whose check is due: a slot has become decidable (along the index on
   * {@code next_check_at}), or, with {@code sweep}, also those never checked or whose configuration
   * changed (a scan of all installations, so the caller sweeps less often).
   */
  public List<Long> due(Instant now, long after, int limit, boolean sweep) {
    String sql =
        sweep
            ? "SELECT i.id FROM installation i"
                + " JOIN configuration_head h ON h.installation_id = i.id"
                + " LEFT JOIN run_schedule_check c ON c.installation_id = i.id"
                + " WHERE i.id > ? AND (c.installation_id IS NULL OR c.revision IS DISTINCT FROM"
                + " h.revision OR c.next_check_at <= ?) AND "
                + WATCHED
                + " ORDER BY i.id LIMIT ?"
            : "SELECT i.id FROM run_schedule_check c JOIN installation i ON i.id = c.installation_id"
                + " WHERE i.id > ? AND c.next_check_at <= ? AND "
                + WATCHED
                + " ORDER BY i.id LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, after);
      query.setTimestamp(2, Timestamp.from(now));
      query.setInt(3, limit);
      return SqlRows.longs(query);
    } catch (SQLException e) {
      throw new IllegalStateException("Finding installations to check for missed runs failed", e);
    }
  }

  /**
   * Checks one installation in the caller's transaction; empty when another instance holds it, has
   * just checked it, or it is no longer watched. A schedule emptied ends the misses in a row.
   */
  public Optional<Checked> check(
      long installationId, Instant now, Duration tolerance, AlertRules.Settings rule) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<Watch> locked = lock(connection, installationId, now);
      if (locked.isEmpty()) {
        return Optional.empty();
      }
      Watch watch = locked.get();
      RunSchedule schedule = RunSchedule.of(watch.effective());
      Instant from =
          checkFrom(
              watch.checkedUntil(),
              watch.enrolledAt(),
              schedule.text().equals(watch.checkedSchedule()) ? null : watch.revisionAt(),
              now);
      Instant until = now.minus(tolerance);
      List<RunSchedule.Slot> slots =
          until.isAfter(from) ? schedule.slots(from, until, MOST_SLOTS) : List.of();
      if (slots.size() == MOST_SLOTS) {
        until = slots.get(slots.size() - 1).at();
      }
      MissedSlots.Outcome outcome =
          MissedSlots.judge(
              slots,
              runs(connection, installationId, slots, tolerance),
              tolerance,
              schedule.isEmpty() ? 0 : watch.inRow());
      Instant checked = latest(from, until);
      MissedRunRecords.record(
          connection, installationId, watch.ownerPath(), outcome.missed(), now.minus(KEEP));
      Instant lastMissed = outcome.lastMissed() == null ? watch.lastMissed() : outcome.lastMissed();
      MissedRunRecords.update(
          connection,
          installationId,
          watch.revision(),
          schedule.text(),
          checked,
          nextCheck(schedule, checked, tolerance),
          outcome.inRow(),
          lastMissed,
          now);
      boolean decided = !slots.isEmpty() || schedule.isEmpty();
      alert(
          connection,
          installationId,
          watch.ownerPath(),
          now,
          outcome.inRow(),
          lastMissed,
          rule,
          decided);
      return Optional.of(new Checked(slots.size(), outcome.missed().size(), outcome.inRow()));
    } catch (SQLException e) {
      throw new IllegalStateException("Checking missed runs failed", e);
    }
  }

  /**
   * Where a check starts: after the slots already decided, never before the enrollment, the
   * revision that changed the schedule ({@code changedAt}, null when unchanged: slots before it
   * were the old schedule's) or {@link #LOOK_BACK} ago.
   */
  static Instant checkFrom(
      Instant checkedUntil, Instant enrolledAt, Instant changedAt, Instant now) {
    return latest(checkedUntil, enrolledAt, changedAt, now.minus(LOOK_BACK));
  }

  /**
   * When the next slot after {@code checked} can be decided; a day on for a schedule that fires
   * less than yearly, none without a schedule (a new configuration revision brings a check).
   */
  static Instant nextCheck(RunSchedule schedule, Instant checked, Duration tolerance) {
    return schedule.slots(checked, checked.plus(Duration.ofDays(400)), 1).stream()
        .findFirst()
        .map(slot -> slot.at().plus(tolerance))
        .orElse(schedule.isEmpty() ? null : checked.plus(Duration.ofDays(1)));
  }

  /** Clears the missed-run alerts of installations no longer watched. */
  public void clearUnwatched(Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      MissedRunRecords.clearUnwatched(connection, now);
    } catch (SQLException e) {
      throw new IllegalStateException("Clearing missed-run alerts failed", e);
    }
  }

  private static void alert(
      Connection connection,
      long installationId,
      String ownerPath,
      Instant now,
      int inRow,
      Instant lastMissed,
      AlertRules.Settings rule,
      boolean decided)
      throws SQLException {
    if (rule.enabled() && inRow >= rule.threshold()) {
      Alerts.fire(
          connection,
          AlertRule.MISSED_RUNS,
          installationId,
          ownerPath,
          now,
          inRow + " scheduled runs missed in a row, the last one due at " + lastMissed,
          false);
    } else if (decided && inRow == 0) {
      Alerts.clear(connection, AlertRule.MISSED_RUNS, installationId, now);
    }
  }

  private static Optional<Watch> lock(Connection connection, long installationId, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO run_schedule_check (installation_id, owner_path, checked_until, updated_at)"
                + " SELECT id, owner_path, enrolled_at, enrolled_at FROM installation i WHERE i.id = ? AND "
                + WATCHED
                + " ON CONFLICT (installation_id) DO NOTHING")) {
      insert.setLong(1, installationId);
      insert.executeUpdate();
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT c.owner_path, c.checked_until, c.schedule, c.missed_in_row, c.last_missed_at,"
                + " i.enrolled_at, h.revision, r.created_at, r.effective FROM run_schedule_check c"
                + " JOIN installation i ON i.id = c.installation_id"
                + " JOIN configuration_head h ON h.installation_id = c.installation_id"
                + " JOIN configuration_revision r ON r.installation_id = h.installation_id"
                + " AND r.number = h.revision WHERE c.installation_id = ? AND (c.schedule IS NULL"
                + " OR c.revision IS DISTINCT FROM h.revision OR c.next_check_at <= ?) AND "
                + WATCHED
                + " FOR UPDATE OF c SKIP LOCKED")) {
      query.setLong(1, installationId);
      query.setTimestamp(2, Timestamp.from(now));
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Watch(
                row.getString(1),
                row.getTimestamp(2).toInstant(),
                row.getString(3),
                row.getInt(4),
                instant(row.getTimestamp(5)),
                row.getTimestamp(6).toInstant(),
                row.getInt(7),
                row.getTimestamp(8).toInstant(),
                row.getString(9)));
      }
    }
  }

  /** The runs that may keep the slots: from the first slot to the tolerance after the last. */
  private static List<MissedSlots.Run> runs(
      Connection connection, long installationId, List<RunSchedule.Slot> slots, Duration tolerance)
      throws SQLException {
    List<MissedSlots.Run> runs = new ArrayList<>();
    if (slots.isEmpty()) {
      return runs;
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT occurred_at, plugin FROM telemetry_event WHERE installation_id = ?"
                + " AND type = 'extraction_run' AND occurred_at >= ? AND occurred_at <= ?"
                + " ORDER BY occurred_at")) {
      query.setLong(1, installationId);
      query.setTimestamp(2, Timestamp.from(slots.get(0).at()));
      query.setTimestamp(3, Timestamp.from(slots.get(slots.size() - 1).at().plus(tolerance)));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          runs.add(new MissedSlots.Run(rows.getTimestamp(1).toInstant(), rows.getString(2)));
        }
      }
    }
    return runs;
  }

  private static Instant latest(Instant first, Instant... others) {
    Instant latest = first;
    for (Instant other : others) {
      if (other != null && other.isAfter(latest)) {
        latest = other;
      }
    }
    return latest;
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
