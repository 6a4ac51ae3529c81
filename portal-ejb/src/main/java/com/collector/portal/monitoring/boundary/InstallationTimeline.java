package com.collector.portal.monitoring.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.monitoring.control.Rows;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.control.EventType;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One installation's timeline ({@code VIEW}, 404 outside the reader's subtree): its sessions, runs,
 * errors and updates, newest first, a page at a time, optionally of some event types only.
 */
@Stateless
public class InstallationTimeline {

  /** What the Collector said about each kind of event, in a line, read from its payload. */
  private static final String DETAIL =
      "CASE e.type"
          + " WHEN 'app_error' THEN concat_ws(': ', j.p ->> 'exceptionType', j.p ->> 'message')"
          + " WHEN 'extraction_run' THEN concat_ws(' ', j.p ->> 'sourceSystem', j.p ->> 'company',"
          + " j.p ->> 'period', j.p ->> 'errorMessage')"
          + " WHEN 'session_start' THEN concat_ws(' ', j.p ->> 'os', j.p ->> 'dotnetVersion')"
          + " WHEN 'update_result' THEN concat_ws(' ', j.p ->> 'target',"
          + " concat_ws(' > ', j.p ->> 'fromVersion', j.p ->> 'toVersion'), j.p ->> 'error')"
          + " END";

  @Inject Store store;

  public Page<TimelineEntryView> timeline(
      long installationId, Set<EventType> types, PageRequest request) {
    store.scope().require(Right.VIEW);
    if (request.sort() != null && !request.sort().isBlank()) {
      throw new InvalidInputException("sort", "the timeline is always newest first");
    }
    Installation installation = store.find(Installation.class, installationId);
    List<Object> parameters = new ArrayList<>(List.of(installation.id()));
    StringBuilder where =
        new StringBuilder(" FROM telemetry_event e WHERE {scope:e} AND e.installation_id = ?1");
    if (types != null && !types.isEmpty() && types.size() < EventType.values().length) {
      where.append(" AND e.type IN (");
      for (EventType type : EnumSet.copyOf(types)) {
        parameters.add(type.wireName());
        where.append(parameters.size() > 2 ? ", ?" : "?").append(parameters.size());
      }
      where.append(')');
    }
    long total = Rows.number(store.sql("SELECT count(*)" + where, parameters).get(0)[0]);
    int at = parameters.size();
    parameters.add(request.limit());
    parameters.add(request.offset());
    String sql =
        "SELECT e.event_id, e.occurred_at, e.type, e.plugin, e.result, e.app_version, e.rows_count,"
            + " e.duration_ms, e.error_code, e.fingerprint, "
            + DETAIL
            + where
                .toString()
                .replace(
                    " WHERE ", " CROSS JOIN LATERAL (SELECT CAST(e.payload AS jsonb) p) j WHERE ")
            + " ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT ?"
            + (at + 1)
            + " OFFSET ?"
            + (at + 2);
    List<TimelineEntryView> entries =
        store.sql(sql, parameters).stream()
            .map(
                r ->
                    new TimelineEntryView(
                        Rows.text(r[0]),
                        Rows.instant(r[1]),
                        Rows.text(r[2]),
                        Rows.text(r[3]),
                        Rows.text(r[4]),
                        Rows.text(r[5]),
                        Rows.optionalNumber(r[6]),
                        Rows.optionalNumber(r[7]),
                        Rows.text(r[8]),
                        Rows.text(r[9]),
                        blankless(Rows.text(r[10]))))
            .toList();
    return new Page<>(entries, total, request.offset(), request.limit());
  }

  /**
   * Reads event types by their wire names, comma separated ({@code extraction_run,app_error});
   * blank means all; an unknown name is a 400 naming {@code field}.
   */
  public static Set<EventType> types(String text, String field) {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    if (text == null || text.isBlank()) {
      return types;
    }
    for (String name : text.split(",")) {
      String wire = name.strip().toLowerCase(Locale.ROOT);
      types.add(
          Arrays.stream(EventType.values())
              .filter(t -> t.wireName().equals(wire))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field,
                          "must be event types among "
                              + Arrays.stream(EventType.values())
                                  .map(EventType::wireName)
                                  .collect(Collectors.joining(", ")))));
    }
    return types;
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
