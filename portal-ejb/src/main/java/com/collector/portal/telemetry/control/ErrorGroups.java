package com.collector.portal.telemetry.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Application errors counted into their groups (one per fingerprint, across all installations) and
 * per installation within a group, so each reader sees only their subtree's occurrences.
 */
final class ErrorGroups {

  private ErrorGroups() {}

  /** Counts the batch's errors; answers the groups new to this installation. */
  static List<String> record(
      Connection connection, long installationId, String ownerPath, List<TelemetryEvent> events)
      throws SQLException {
    Map<String, List<TelemetryEvent>> groups =
        events.stream()
            .filter(e -> e.type() == EventType.APP_ERROR)
            .collect(Collectors.groupingBy(TelemetryEvent::fingerprint));
    List<String> fresh = new java.util.ArrayList<>();
    for (List<TelemetryEvent> group : groups.values()) {
      TelemetryEvent first = group.get(0);
      TelemetryEvent last = group.get(group.size() - 1);
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO error_group (fingerprint, exception_type, top_frames, sample_message,"
                  + " first_seen_at, last_seen_at, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (fingerprint) DO UPDATE SET occurrences = error_group.occurrences"
                  + " + EXCLUDED.occurrences, last_seen_at = GREATEST(error_group.last_seen_at,"
                  + " EXCLUDED.last_seen_at), first_seen_at = LEAST(error_group.first_seen_at,"
                  + " EXCLUDED.first_seen_at)")) {
        upsert.setString(1, first.fingerprint());
        upsert.setString(2, first.error().exceptionType());
        upsert.setString(3, first.error().topFrames());
        String message = first.error().message();
        upsert.setString(
            4, message == null ? null : message.substring(0, Math.min(1000, message.length())));
        upsert.setTimestamp(5, Timestamp.from(first.occurredAt()));
        upsert.setTimestamp(6, Timestamp.from(last.occurredAt()));
        upsert.setLong(7, group.size());
        upsert.executeUpdate();
      }
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO error_group_installation (fingerprint, installation_id, owner_path,"
                  + " app_version, first_seen_at, last_seen_at, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (fingerprint, installation_id) DO UPDATE SET occurrences ="
                  + " error_group_installation.occurrences + EXCLUDED.occurrences, last_seen_at ="
                  + " GREATEST(error_group_installation.last_seen_at, EXCLUDED.last_seen_at),"
                  + " app_version = COALESCE(EXCLUDED.app_version, error_group_installation.app_version)"
                  + " RETURNING (xmax = 0)")) {
        upsert.setString(1, first.fingerprint());
        upsert.setLong(2, installationId);
        upsert.setString(3, ownerPath);
        upsert.setString(4, last.appVersion());
        upsert.setTimestamp(5, Timestamp.from(first.occurredAt()));
        upsert.setTimestamp(6, Timestamp.from(last.occurredAt()));
        upsert.setLong(7, group.size());
        try (java.sql.ResultSet inserted = upsert.executeQuery()) {
          if (inserted.next() && inserted.getBoolean(1)) {
            fresh.add(first.fingerprint());
          }
        }
      }
    }
    return fresh;
  }
}
