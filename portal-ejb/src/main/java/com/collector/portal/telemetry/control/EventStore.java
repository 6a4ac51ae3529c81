package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Stores a batch of events in the caller's transaction: a replayed event (same installation, id and
 * time) is skipped, and the answer holds only the events written, so duplicates are told apart and
 * counted once. A batch is first copied in with COPY, PostgreSQL's cheapest way in, inside a
 * savepoint; only when that meets an event already stored (a resend, rare) is it rolled back to the
 * savepoint and inserted in one statement that skips the replays and names the events written.
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

  private static final String COPY = "COPY telemetry_event (" + EventCopy.COLUMNS + ") FROM STDIN";
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Stores {@code events} of one installation; answers those that were new (not replays). */
  public List<TelemetryEvent> store(
      long installationId, String ownerPath, Instant receivedAt, List<TelemetryEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection()) {
      Savepoint beforeCopy = connection.setSavepoint();
      try {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                COPY,
                new ByteArrayInputStream(
                    EventCopy.rows(installationId, ownerPath, receivedAt, events)));
        connection.releaseSavepoint(beforeCopy);
        return events;
      } catch (SQLException replayed) {
        if (!UNIQUE_VIOLATION.equals(replayed.getSQLState())) {
          throw replayed;
        }
        connection.rollback(beforeCopy);
      }
      return insertSkippingReplays(connection, installationId, ownerPath, receivedAt, events);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Storing telemetry failed", e);
    }
  }

  private static List<TelemetryEvent> insertSkippingReplays(
      Connection connection,
      long installationId,
      String ownerPath,
      Instant receivedAt,
      List<TelemetryEvent> events)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
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
