package com.collector.portal.monitoring.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.monitoring.control.DayBuckets;
import com.collector.portal.monitoring.control.Narrowing;
import com.collector.portal.monitoring.control.Narrowing.Narrowed;
import com.collector.portal.monitoring.control.Period;
import com.collector.portal.monitoring.control.Rows;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The monitoring dashboard's figures for the reader's subtree ({@code VIEW}), optionally narrowed
 * to a partner, customer or installation: every figure is a GROUP BY in PostgreSQL through the
 * scoped store; Java only lays the answers out.
 */
@Stateless
public class Dashboard {

  static final int MOST_ERRORS = 50;
  static final int MOST_VERSIONS = 500;

  /** Sort keys of the failing installations and the columns they sort by. */
  static final Map<String, String> FAILING_SORT =
      Map.of(
          "consecutiveFailures", "h.consecutive_failures",
          "lastRunAt", "h.last_run_at",
          "lastSeenAt", "h.last_seen_at",
          "name", "lower(i.name)",
          "customerName", "lower(c.name)",
          "appVersion", "h.app_version");

  private static final String FAILING_FROM =
      " FROM installation_health h JOIN installation i ON i.id = h.installation_id"
          + " WHERE {scope:h} AND {scope:i} AND i.state <> 'RETIRED' AND h.consecutive_failures > 0"
          + " AND h.owner_path LIKE ?1";

  /**
   * The plugins an installation runs, as rows (key, value): those of its latest session ("id
   * version, ..."), or those it reported at enrollment or update check (a JSON object) if it never
   * sent a session.
   */
  private static final String PLUGINS_IN_USE =
      " CROSS JOIN LATERAL (SELECT split_part(x, ' ', 1) AS key, split_part(x, ' ', 2) AS value"
          + " FROM regexp_split_to_table(h.plugins, ', ') x WHERE h.plugins IS NOT NULL"
          + " UNION ALL SELECT k.key, k.value FROM jsonb_each_text(CAST(COALESCE(NULLIF(i.plugins,"
          + " ''), '{}') AS jsonb)) k WHERE h.plugins IS NULL) p";

  @Inject Store store;
  @Inject Narrowing narrowing;
  @Inject Clock clock;

  /** Extraction runs per UTC day of the period by result, days without runs included. */
  public RunsPerDayView runsPerDay(MonitoringFilter filter) {
    Narrowed narrowed = narrow(filter);
    Period period = filter.period();
    // One reading of the clock, so the days asked for and the days laid out are the same.
    Clock now = Clock.fixed(clock.instant(), clock.getZone());
    List<Object> parameters =
        new ArrayList<>(List.of(Rows.parameter(period.start(now)), narrowed.pattern()));
    String sql =
        "SELECT CAST(e.occurred_at AT TIME ZONE 'UTC' AS DATE), e.result, count(*)"
            + " FROM telemetry_event e WHERE {scope:e} AND e.type = 'extraction_run'"
            + " AND e.occurred_at >= ?1 AND e.owner_path LIKE ?2"
            + installation(narrowed, "e.installation_id", parameters)
            + " GROUP BY 1, 2";
    LocalDate first = period.firstDay(now);
    LocalDate last = period.lastDay(now);
    return new RunsPerDayView(
        first, last, DayBuckets.fill(first, last, store.sql(sql, parameters)));
  }

  /**
   * Installations (not retired) whose latest runs failed, most failures in a row first unless
   * sorted otherwise; a page of them and how many there are. The period does not apply: failing is
   * a state, not a count.
   */
  public Page<FailingInstallationView> failing(MonitoringFilter filter, PageRequest request) {
    Narrowed narrowed = narrow(filter);
    List<Object> parameters = new ArrayList<>(List.of(narrowed.pattern()));
    String where = FAILING_FROM + installation(narrowed, "h.installation_id", parameters);
    long total = Rows.number(store.sql("SELECT count(*)" + where, parameters).get(0)[0]);
    int at = parameters.size();
    parameters.add(request.limit());
    parameters.add(request.offset());
    String sql =
        "SELECT h.installation_id, i.name, c.id, c.name, h.consecutive_failures, f.plugin,"
            + " f.last_error_code, h.last_run_at, h.last_success_at, h.last_seen_at, h.app_version"
            + where.replace(
                " WHERE ",
                " JOIN organization c ON c.id = i.customer_id LEFT JOIN LATERAL (SELECT p.plugin,"
                    + " p.last_error_code FROM installation_plugin_health p"
                    + " WHERE p.installation_id = h.installation_id AND p.consecutive_failures > 0"
                    + " ORDER BY p.last_run_at DESC LIMIT 1) f ON TRUE WHERE ")
            + " ORDER BY "
            + failingOrder(request)
            + " LIMIT ?"
            + (at + 1)
            + " OFFSET ?"
            + (at + 2);
    List<FailingInstallationView> rows =
        store.sql(sql, parameters).stream()
            .map(
                r ->
                    new FailingInstallationView(
                        Rows.number(r[0]),
                        Rows.text(r[1]),
                        Rows.number(r[2]),
                        Rows.text(r[3]),
                        (int) Rows.number(r[4]),
                        Rows.text(r[5]),
                        Rows.text(r[6]),
                        Rows.instant(r[7]),
                        Rows.instant(r[8]),
                        Rows.instant(r[9]),
                        Rows.text(r[10])))
            .toList();
    return new Page<>(rows, total, request.offset(), request.limit());
  }

  /** Collector and plugin versions of the installations heard of during the period. */
  public VersionsView versions(MonitoringFilter filter) {
    Narrowed narrowed = narrow(filter);
    List<Object> parameters =
        new ArrayList<>(List.of(narrowed.pattern(), Rows.parameter(filter.period().start(clock))));
    String from =
        " FROM installation i LEFT JOIN installation_health h ON h.installation_id = i.id"
            + " WHERE {scope:i} AND i.state <> 'RETIRED' AND i.owner_path LIKE ?1"
            + " AND COALESCE(h.last_seen_at, i.last_contact_at) >= ?2"
            + installation(narrowed, "i.id", parameters);
    List<VersionsView.AppVersion> app =
        store
            .sql(
                "SELECT COALESCE(h.app_version, i.app_version) v, count(*)"
                    + from
                    + " AND COALESCE(h.app_version, i.app_version) IS NOT NULL"
                    + " GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT "
                    + MOST_VERSIONS,
                parameters)
            .stream()
            .map(r -> new VersionsView.AppVersion(Rows.text(r[0]), Rows.number(r[1])))
            .toList();
    List<VersionsView.PluginVersion> plugins =
        store
            .sql(
                "SELECT p.key, p.value, count(*)"
                    + from.replace(" WHERE ", PLUGINS_IN_USE + " WHERE ")
                    + " GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2 DESC LIMIT "
                    + MOST_VERSIONS,
                parameters)
            .stream()
            .map(
                r ->
                    new VersionsView.PluginVersion(
                        Rows.text(r[0]), Rows.text(r[1]), Rows.number(r[2])))
            .toList();
    return new VersionsView(app, plugins);
  }

  /**
   * The error groups that occurred during the period in the narrowed subtree, counted from the
   * period's own events (as far as they are kept): most occurrences first, then the most recently
   * seen, each with the installations it struck and when it was last seen, both within the period.
   */
  public List<TopErrorView> topErrors(MonitoringFilter filter, int limit) {
    if (limit < 1 || limit > MOST_ERRORS) {
      throw new InvalidInputException("limit", "must be between 1 and " + MOST_ERRORS);
    }
    Narrowed narrowed = narrow(filter);
    List<Object> parameters =
        new ArrayList<>(List.of(Rows.parameter(filter.period().start(clock)), narrowed.pattern()));
    String counted =
        "SELECT e.fingerprint, count(*) n, count(DISTINCT e.installation_id) i,"
            + " max(e.occurred_at) seen FROM telemetry_event e WHERE {scope:e}"
            + " AND e.type = 'app_error' AND e.occurred_at >= ?1 AND e.owner_path LIKE ?2"
            + installation(narrowed, "e.installation_id", parameters)
            + " GROUP BY e.fingerprint";
    parameters.add(limit);
    String cut = " LIMIT ?" + parameters.size();
    // A message of the narrowed subtree's own installations: the group's others are not theirs.
    String message =
        "(SELECT max(m.sample_message) FROM error_group_installation m"
            + " WHERE m.fingerprint = t.fingerprint AND {scope:m} AND m.owner_path LIKE ?2"
            + installation(narrowed, "m.installation_id", parameters)
            + ")";
    // Joined before the cut: a group whose first errors are not folded yet has no row there and
    // would otherwise take a place. PostgreSQL reads the messages of the rows kept only.
    String sql =
        "SELECT t.fingerprint, g.exception_type, "
            + message
            + ", t.n, t.i, t.seen FROM ("
            + counted
            + ") t JOIN error_group g ON g.fingerprint = t.fingerprint"
            + " ORDER BY t.n DESC, t.seen DESC, t.fingerprint"
            + cut;
    return store.sql(sql, parameters).stream()
        .map(
            r ->
                new TopErrorView(
                    Rows.text(r[0]),
                    Rows.text(r[1]),
                    Rows.text(r[2]),
                    Rows.number(r[3]),
                    Rows.number(r[4]),
                    Rows.instant(r[5])))
        .toList();
  }

  private Narrowed narrow(MonitoringFilter filter) {
    store.scope().require(Right.VIEW);
    return narrowing.narrow(filter.partnerId(), filter.customerId(), filter.installationId());
  }

  /** The condition keeping one installation's rows, when one was chosen, adding its parameter. */
  private static String installation(Narrowed narrowed, String column, List<Object> parameters) {
    if (narrowed.installationId() == null) {
      return "";
    }
    parameters.add(narrowed.installationId());
    return " AND " + column + " = ?" + parameters.size();
  }

  static String failingOrder(PageRequest request) {
    String sort = request.sort();
    if (sort == null || sort.isBlank()) {
      return "h.consecutive_failures DESC, h.last_run_at DESC NULLS LAST, h.installation_id";
    }
    String column = FAILING_SORT.get(sort);
    if (column == null) {
      throw new InvalidInputException(
          "sort", "must be one of " + new TreeSet<>(FAILING_SORT.keySet()));
    }
    return column + (request.ascending() ? " ASC" : " DESC") + " NULLS LAST, h.installation_id";
  }
}
