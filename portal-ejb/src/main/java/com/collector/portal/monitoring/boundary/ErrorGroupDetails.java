package com.collector.portal.monitoring.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.monitoring.control.Rows;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.telemetry.entity.ErrorOccurrence;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * One error group for the readers of a subtree it occurred in ({@code VIEW}): what it is, and the
 * installations it occurred on, most recent first. A group never seen in the subtree is a 404, also
 * when other tenants saw it.
 */
@Stateless
public class ErrorGroupDetails {

  private static final String FINGERPRINT = "[0-9a-f]{1,64}";

  @Inject Store store;

  public ErrorGroupDetailView detail(String fingerprint) {
    store.scope().require(Right.VIEW);
    check(fingerprint);
    List<Object[]> rows =
        store.aggregate(
            ErrorOccurrence.class,
            ErrorOccurrence.GROUP + ", " + ErrorOccurrence.FIGURES,
            "e.errorGroup.fingerprint = :fingerprint",
            Map.of("fingerprint", fingerprint),
            ErrorOccurrence.GROUP,
            null,
            1);
    if (rows.isEmpty()) {
      throw new NotFoundException("ErrorGroup", fingerprint);
    }
    Object[] r = rows.get(0);
    return new ErrorGroupDetailView(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        Rows.number(r[4]),
        Rows.number(r[5]),
        Rows.instant(r[6]),
        Rows.instant(r[7]));
  }

  /** The subtree's installations the group occurred on, last seen first; 404 if none. */
  public Page<AffectedInstallationView> installations(String fingerprint, PageRequest request) {
    store.scope().require(Right.VIEW);
    check(fingerprint);
    String from =
        " FROM error_group_installation g JOIN installation i ON i.id = g.installation_id"
            + " JOIN organization c ON c.id = i.customer_id"
            + " WHERE {scope:g} AND {scope:i} AND g.fingerprint = ?1";
    long total = Rows.number(store.sql("SELECT count(*)" + from, List.of(fingerprint)).get(0)[0]);
    if (total == 0) {
      throw new NotFoundException("ErrorGroup", fingerprint);
    }
    List<AffectedInstallationView> rows =
        store
            .sql(
                "SELECT i.id, i.name, c.name, g.app_version, g.occurrences, g.first_seen_at,"
                    + " g.last_seen_at"
                    + from
                    + " ORDER BY g.last_seen_at DESC, i.id LIMIT ?2 OFFSET ?3",
                List.of(fingerprint, request.limit(), request.offset()))
            .stream()
            .map(
                r ->
                    new AffectedInstallationView(
                        Rows.number(r[0]),
                        Rows.text(r[1]),
                        Rows.text(r[2]),
                        Rows.text(r[3]),
                        Rows.number(r[4]),
                        Rows.instant(r[5]),
                        Rows.instant(r[6])))
            .toList();
    return new Page<>(rows, total, request.offset(), request.limit());
  }

  private static void check(String fingerprint) {
    if (fingerprint == null || !fingerprint.matches(FINGERPRINT)) {
      throw new InvalidInputException("fingerprint", "must be an error group's fingerprint");
    }
  }
}
