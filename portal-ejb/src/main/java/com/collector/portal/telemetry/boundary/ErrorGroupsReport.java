package com.collector.portal.telemetry.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.installations.entity.Installation;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.telemetry.entity.ErrorOccurrence;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The error groups of the reader's subtree, most frequent first, optionally of one customer or one
 * installation; counted by the database over the subtree's occurrences only.
 */
@Stateless
public class ErrorGroupsReport {

  static final int MOST = 200;

  @Inject Store store;

  public List<ErrorGroupView> top(Long customerId, Long installationId, int limit) {
    store.scope().require(Right.VIEW);
    if (limit < 1 || limit > MOST) {
      throw new InvalidInputException("limit", "must be between 1 and " + MOST);
    }
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (customerId != null) {
      Organization customer = store.find(Organization.class, customerId);
      if (customer.kind() != OrganizationKind.CUSTOMER) {
        throw new InvalidInputException("customerId", "is not a customer");
      }
      where.append(" AND e.ownerPath = :customerPath");
      parameters.put("customerPath", customer.ownerPath());
    }
    if (installationId != null) {
      where.append(" AND e.installationId = :installation");
      parameters.put("installation", store.find(Installation.class, installationId).id());
    }
    List<Object[]> rows =
        store.aggregate(
            ErrorOccurrence.class,
            ErrorOccurrence.GROUP + ", " + ErrorOccurrence.FIGURES,
            where.toString(),
            parameters,
            ErrorOccurrence.GROUP,
            "SUM(e.occurrences) DESC, MAX(e.lastSeenAt) DESC",
            limit);
    Map<String, TreeSet<String>> versions = versions(where.toString(), parameters);
    List<ErrorGroupView> groups = new ArrayList<>();
    for (Object[] row : rows) {
      String fingerprint = (String) row[0];
      groups.add(
          new ErrorGroupView(
              fingerprint,
              (String) row[1],
              (String) row[2],
              (String) row[3],
              ((Number) row[4]).longValue(),
              ((Number) row[5]).longValue(),
              (Instant) row[6],
              (Instant) row[7],
              List.copyOf(versions.getOrDefault(fingerprint, new TreeSet<>()))));
    }
    return groups;
  }

  private Map<String, TreeSet<String>> versions(String where, Map<String, Object> parameters) {
    Map<String, TreeSet<String>> versions = new TreeMap<>();
    for (Object[] row :
        store.aggregate(
            ErrorOccurrence.class,
            "e.errorGroup.fingerprint, e.appVersion",
            where + " AND e.appVersion IS NOT NULL",
            parameters,
            "e.errorGroup.fingerprint, e.appVersion",
            null,
            MOST * 20)) {
      versions.computeIfAbsent((String) row[0], f -> new TreeSet<>()).add((String) row[1]);
    }
    return versions;
  }
}
