package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Stores a batch of events in one statement (the batch's columns as arrays, unnested), in the
 * caller's transaction: a replayed event (same installation, id and time) is skipped, and the
 * answer holds only the events written, so duplicates are told apart and counted once.
 */
@ApplicationScoped
public class EventStore {

  private static final String INSERT =
      "INSERT INTO telemetry_event (installation_id, event_id, occurred_at, received_at,"
          + " owner_path, type, plugin, result, app_version, rows_count, bytes_count, duration_ms,"
          + " error_code, fingerprint, payload)"
          + " SELECT ?, e.id, e.at, ?, ?, e.type, e.plugin, e.result, e.app, e.rows, e.bytes,"
          + " e.duration, e.code, e.fingerprint, e.payload"
          + " FROM unnest(?::varchar[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[],"
          + " ?::text[]) AS e(id, at, type, plugin, result, app, rows, bytes, duration, code,"
          + " fingerprint, payload)"
          + " ON CONFLICT DO NOTHING RETURNING event_id";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Stores {@code events} of one installation; answers those that were new (not replays). */
  public List<TelemetryEvent> store(
      long installationId, String ownerPath, Instant receivedAt, List<TelemetryEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, installationId);
      insert.setTimestamp(2, Timestamp.from(receivedAt));
      insert.setString(3, ownerPath);
      int at = 4;
      insert.setArray(at++, texts(connection, events, TelemetryEvent::id));
      insert.setArray(
          at++,
          connection.createArrayOf(
              "timestamptz", events.stream().map(e -> Timestamp.from(e.occurredAt())).toArray()));
      insert.setArray(at++, texts(connection, events, e -> e.type().wireName()));
      insert.setArray(at++, texts(connection, events, TelemetryEvent::plugin));
      insert.setArray(at++, texts(connection, events, TelemetryEvent::result));
      insert.setArray(at++, texts(connection, events, TelemetryEvent::appVersion));
      insert.setArray(at++, numbers(connection, events, TelemetryEvent::rows));
      insert.setArray(at++, numbers(connection, events, TelemetryEvent::bytes));
      insert.setArray(at++, numbers(connection, events, TelemetryEvent::durationMs));
      insert.setArray(at++, texts(connection, events, TelemetryEvent::errorCode));
      insert.setArray(at++, texts(connection, events, TelemetryEvent::fingerprint));
      insert.setArray(at, texts(connection, events, TelemetryEvent::payload));
      Set<String> written = new HashSet<>();
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          written.add(rows.getString(1));
        }
      }
      return events.stream().filter(e -> written.contains(e.id())).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Storing telemetry failed", e);
    }
  }

  private static java.sql.Array texts(
      Connection connection, List<TelemetryEvent> events, Function<TelemetryEvent, String> column)
      throws SQLException {
    return connection.createArrayOf("varchar", events.stream().map(column).toArray());
  }

  private static java.sql.Array numbers(
      Connection connection, List<TelemetryEvent> events, Function<TelemetryEvent, Long> column)
      throws SQLException {
    return connection.createArrayOf("bigint", events.stream().map(column).toArray());
  }
}
