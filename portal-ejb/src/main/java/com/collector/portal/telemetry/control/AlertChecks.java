package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The alerts time sets (no contact, quiet errors), set-wise in SQL; and the alerts whose ticket is
 * still to follow, one at a time, locked and skipped by other instances.
 */
@ApplicationScoped
public class AlertChecks {

  /** An alert whose ticket is to be opened (firing) or resolved. */
  public record Pending(AlertRule rule, long installationId, boolean firing, String detail) {}

  private static final String LAST_CONTACT =
      "GREATEST(i.last_contact_at, COALESCE(h.last_seen_at, i.last_contact_at))";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /**
   * Fires for active installations of customers with a running subscription that have not been in
   * touch for {@code days}; clears those back in touch, retired, or without a subscription.
   */
  public void noContact(Instant now, int days, boolean enabled) {
    Timestamp since = Timestamp.from(now.minus(Duration.ofDays(days)));
    String silent =
        " FROM installation i LEFT JOIN installation_health h ON h.installation_id = i.id"
            + " WHERE i.state = 'ACTIVE' AND "
            + LAST_CONTACT
            + " < ? AND EXISTS (SELECT 1 FROM"
            + " subscription s WHERE s.customer_id = i.customer_id AND s.state IN ('TRIAL', 'ACTIVE', 'GRACE'))";
    try (Connection connection = dataSource.getConnection()) {
      if (enabled) {
        try (PreparedStatement fire =
            connection.prepareStatement(
                "INSERT INTO alert (rule, installation_id, owner_path, firing, delivered, detail, fired_at)"
                    + " SELECT 'NO_CONTACT', i.id, i.owner_path, TRUE, FALSE, 'No contact since ' || "
                    + LAST_CONTACT
                    + ", ?"
                    + silent
                    + " ON CONFLICT (rule, installation_id) DO UPDATE SET firing = TRUE, delivered = FALSE,"
                    + " detail = EXCLUDED.detail, fired_at = EXCLUDED.fired_at, cleared_at = NULL"
                    + " WHERE NOT alert.firing")) {
          fire.setTimestamp(1, Timestamp.from(now));
          fire.setTimestamp(2, since);
          fire.executeUpdate();
        }
      }
      try (PreparedStatement clear =
          connection.prepareStatement(
              "UPDATE alert a SET firing = FALSE, delivered = FALSE, cleared_at = ?"
                  + " WHERE a.rule = 'NO_CONTACT' AND a.firing AND NOT EXISTS (SELECT 1"
                  + silent
                  + " AND i.id = a.installation_id)")) {
        clear.setTimestamp(1, Timestamp.from(now));
        clear.setTimestamp(2, since);
        clear.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Checking contact failed", e);
    }
  }

  /** Clears new-error alerts of installations whose errors have been quiet for a week. */
  public void quietErrors(Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement clear =
            connection.prepareStatement(
                "UPDATE alert a SET firing = FALSE, delivered = FALSE, cleared_at = ?"
                    + " WHERE a.rule = 'NEW_ERROR_GROUP' AND a.firing AND NOT EXISTS (SELECT 1 FROM"
                    + " error_group_installation g WHERE g.installation_id = a.installation_id"
                    + " AND g.last_seen_at >= ?)")) {
      clear.setTimestamp(1, Timestamp.from(now));
      clear.setTimestamp(2, Timestamp.from(now.minus(Alerts.QUIET_ERRORS)));
      clear.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Checking quiet errors failed", e);
    }
  }

  /** The next alert whose ticket is to follow, locked until the transaction ends. */
  public Optional<Pending> nextPending() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT rule, installation_id, firing, detail FROM alert WHERE NOT delivered"
                    + " ORDER BY fired_at LIMIT 1 FOR UPDATE SKIP LOCKED");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Pending(
              AlertRule.valueOf(row.getString(1)),
              row.getLong(2),
              row.getBoolean(3),
              row.getString(4)));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading alerts failed", e);
    }
  }

  public void delivered(Pending alert, Long ticketNumber) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE alert SET delivered = TRUE, ticket_id = COALESCE(?, ticket_id)"
                    + " WHERE rule = ? AND installation_id = ?")) {
      if (ticketNumber == null) {
        update.setNull(1, java.sql.Types.BIGINT);
      } else {
        update.setLong(1, ticketNumber);
      }
      update.setString(2, alert.rule().name());
      update.setLong(3, alert.installationId());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Marking an alert delivered failed", e);
    }
  }
}
