package com.collector.portal.telemetry.control;

import com.collector.portal.platform.control.SqlRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The health deltas waiting to be folded, in the caller's transaction. Folding an installation's
 * deltas takes a transaction-scoped advisory lock on it, so one fold at a time merges them in the
 * order they were written.
 */
@ApplicationScoped
public class HealthDeltas {

  /** The advisory lock class of folds (the two-key space, apart from single-key locks). */
  private static final int FOLD_LOCK = 0x48_45_41_4c; // "HEAL"

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  /** Keeps {@code delta} of a batch until it is folded. */
  public void append(long installationId, String ownerPath, HealthDelta delta) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO telemetry_health_delta (installation_id, owner_path, delta)"
                    + " VALUES (?, ?, ?)")) {
      insert.setLong(1, installationId);
      insert.setString(2, ownerPath);
      insert.setString(3, HealthDeltaJson.write(delta));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Keeping a health delta failed", e);
    }
  }

  /** One installation's waiting deltas, merged and removed; with its owner path. */
  public record Taken(String ownerPath, HealthDelta delta) {}

  /**
   * Takes the installation's waiting deltas, merged in the order they were written; empty when
   * another transaction is folding them (it looks again once it commits) or none wait.
   */
  public Optional<Taken> take(long installationId) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
        lock.setInt(1, FOLD_LOCK);
        // Ids past 2^31 share a lock with another installation: a fold of theirs then only waits.
        lock.setInt(2, (int) installationId);
        try (ResultSet locked = lock.executeQuery()) {
          locked.next();
          if (!locked.getBoolean(1)) {
            return Optional.empty();
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        // Safe without waiting for the disk: the fold's deltas go only with it, so a fold lost in
        // a crash leaves them to be folded again; any later durable commit makes it durable too.
        statement.execute("SET LOCAL synchronous_commit TO OFF");
      }
      SortedMap<Long, String> deltas = new TreeMap<>();
      String ownerPath = null;
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM telemetry_health_delta WHERE installation_id = ?"
                  + " RETURNING id, owner_path, delta")) {
        delete.setLong(1, installationId);
        try (ResultSet rows = delete.executeQuery()) {
          while (rows.next()) {
            long id = rows.getLong(1);
            if (deltas.isEmpty() || id > deltas.lastKey()) {
              ownerPath = rows.getString(2); // the newest: the installation may have moved
            }
            deltas.put(id, rows.getString(3));
          }
        }
      }
      HealthDelta merged = null;
      for (String next : deltas.values()) {
        HealthDelta delta = HealthDeltaJson.read(next);
        merged = merged == null ? delta : merged.then(delta);
      }
      if (merged == null) {
        return Optional.empty();
      }
      return Optional.of(new Taken(ownerPath, merged));
    } catch (SQLException e) {
      throw new IllegalStateException("Taking health deltas failed", e);
    }
  }

  /** Up to {@code most} installations with deltas waiting. */
  public List<Long> waiting(int most) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT DISTINCT installation_id FROM telemetry_health_delta LIMIT ?")) {
      query.setInt(1, most);
      return SqlRows.longs(query);
    } catch (SQLException e) {
      throw new IllegalStateException("Listing health deltas failed", e);
    }
  }
}
