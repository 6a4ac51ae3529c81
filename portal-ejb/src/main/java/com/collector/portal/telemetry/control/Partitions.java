package com.collector.portal.telemetry.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The monthly partitions of {@code telemetry_event}: made when a month is first needed (ahead of
 * time by the daily job, or by the first event of a month), each in a transaction of its own and
 * under a lock, so instances racing for the same month make it once; dropped past the retention.
 */
@ApplicationScoped
public class Partitions {

  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'y'yyyy'm'MM");
  private static final String PREFIX = "telemetry_event_";

  @Resource(lookup = "java:app/jdbc/portal")
  DataSource dataSource;

  private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

  /** The UTC month of {@code at}, without building a date-time (it runs for every event). */
  public static YearMonth monthOf(Instant at) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
    return YearMonth.of(day.getYear(), day.getMonth());
  }

  /** Makes sure each month of {@code months} has its partition. */
  @Transactional(TxType.REQUIRES_NEW)
  public void ensure(Set<YearMonth> months) {
    if (known.containsAll(months)) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(hashtext('telemetry-partitions'))");
      for (YearMonth month : months) {
        if (known.contains(month)) {
          continue;
        }
        statement.execute(
            "CREATE TABLE IF NOT EXISTS "
                + PREFIX
                + month.format(NAME)
                + " PARTITION OF telemetry_event FOR VALUES FROM ('"
                + month.atDay(1)
                + "') TO ('"
                + month.plusMonths(1).atDay(1)
                + "')");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Creating telemetry partitions failed", e);
    }
    known.addAll(months);
  }

  /** Drops the partitions wholly before {@code keepFrom}; answers their names. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> dropBefore(LocalDate keepFrom) {
    List<String> dropped = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(hashtext('telemetry-partitions'))");
      List<String> names = new ArrayList<>();
      try (ResultSet partitions =
          statement.executeQuery(
              "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                  + " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'telemetry_event'")) {
        while (partitions.next()) {
          names.add(partitions.getString(1));
        }
      }
      for (String name : names) {
        YearMonth month = YearMonth.parse(name.substring(PREFIX.length()), NAME);
        if (!month.plusMonths(1).atDay(1).isAfter(keepFrom)) {
          statement.execute("DROP TABLE " + name);
          known.remove(month);
          dropped.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Dropping telemetry partitions failed", e);
    }
    return dropped;
  }
}
