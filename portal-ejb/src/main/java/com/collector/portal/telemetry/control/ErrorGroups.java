package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.HealthDelta.Errors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * Application errors counted into their groups (one per fingerprint, across all installations) and
 * per installation within a group, so each reader sees only their subtree's occurrences. A message
 * is kept per installation only: it may name a customer's server, user or file, and a group spans
 * tenants.
 */
final class ErrorGroups {

  private ErrorGroups() {}

  /** Counts the errors by group; answers the groups new to this installation. */
  static List<String> record(
      Connection connection, long installationId, String ownerPath, Map<String, Errors> groups)
      throws SQLException {
    List<String> fresh = new java.util.ArrayList<>();
    for (Map.Entry<String, Errors> entry : groups.entrySet()) {
      String fingerprint = entry.getKey();
      Errors group = entry.getValue();
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO error_group (fingerprint, exception_type, top_frames,"
                  + " first_seen_at, last_seen_at, occurrences) VALUES (?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (fingerprint) DO UPDATE SET occurrences = error_group.occurrences"
                  + " + EXCLUDED.occurrences, last_seen_at = GREATEST(error_group.last_seen_at,"
                  + " EXCLUDED.last_seen_at), first_seen_at = LEAST(error_group.first_seen_at,"
                  + " EXCLUDED.first_seen_at)")) {
        upsert.setString(1, fingerprint);
        upsert.setString(2, group.exceptionType());
        upsert.setString(3, group.topFrames());
        upsert.setTimestamp(4, Timestamp.from(group.firstSeenAt()));
        upsert.setTimestamp(5, Timestamp.from(group.lastSeenAt()));
        upsert.setLong(6, group.occurrences());
        upsert.executeUpdate();
      }
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO error_group_installation (fingerprint, installation_id, owner_path,"
                  + " app_version, first_seen_at, last_seen_at, occurrences, sample_message)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (fingerprint, installation_id) DO UPDATE SET occurrences ="
                  + " error_group_installation.occurrences + EXCLUDED.occurrences, last_seen_at ="
                  + " GREATEST(error_group_installation.last_seen_at, EXCLUDED.last_seen_at),"
                  + " app_version = COALESCE(EXCLUDED.app_version, error_group_installation.app_version),"
                  + " sample_message = CASE WHEN EXCLUDED.last_seen_at >="
                  + " error_group_installation.last_seen_at"
                  + " THEN COALESCE(EXCLUDED.sample_message, error_group_installation.sample_message)"
                  + " ELSE error_group_installation.sample_message END"
                  + " RETURNING (xmax = 0)")) {
        upsert.setString(1, fingerprint);
        upsert.setLong(2, installationId);
        upsert.setString(3, ownerPath);
        upsert.setString(4, group.appVersion());
        upsert.setTimestamp(5, Timestamp.from(group.firstSeenAt()));
        upsert.setTimestamp(6, Timestamp.from(group.lastSeenAt()));
        upsert.setLong(7, group.occurrences());
        upsert.setString(8, group.message());
        try (java.sql.ResultSet inserted = upsert.executeQuery()) {
          if (inserted.next() && inserted.getBoolean(1)) {
            fresh.add(fingerprint);
          }
        }
      }
    }
    return fresh;
  }
}
