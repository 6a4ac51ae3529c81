package com.collector.portal.tickets.boundary;

import com.collector.portal.platform.boundary.Inputs;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.platform.control.Csv;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.Organization;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.control.ServiceLevels;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.entity.EntryKind;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time accounting: the work logged on tickets in a period as CSV, one line per piece of work. The
 * customer's side gets the public work only, as everywhere else.
 */
@Stateless
public class TimeAccounting {

  static final String HEADER =
      "date,ticket,subject,customer,partner,category,agent,minutes,visibility,work";
  private static final int MAX_DAYS = 366;

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject ServiceLevels serviceLevels;
  @Inject Inputs inputs;

  public String csv(TimeReport report) {
    access.requireReader();
    inputs.valid(report, "report");
    if (report.to().isBefore(report.from())) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(report.from(), report.to()) >= MAX_DAYS) {
      throw new InvalidInputException("to", "must be at most " + MAX_DAYS + " days after from");
    }
    ZoneId zone = serviceLevels.zone();
    StringBuilder where =
        new StringBuilder("e.kind = :work AND e.createdAt >= :start AND e.createdAt < :end");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("work", EntryKind.WORK);
    parameters.put("start", report.from().atStartOfDay(zone).toInstant());
    parameters.put("end", report.to().plusDays(1).atStartOfDay(zone).toInstant());
    if (report.customerId() != null) {
      where.append(" AND e.ticket.customer.id = :customer");
      parameters.put(
          "customer",
          organization(report.customerId(), OrganizationKind.CUSTOMER, "customerId").id());
    }
    if (report.partnerId() != null) {
      where.append(" AND e.ownerPath LIKE :partner");
      parameters.put(
          "partner",
          organization(report.partnerId(), OrganizationKind.PARTNER, "partnerId").path() + "%");
    }
    List<TicketEntry> work =
        store.list(
            TicketEntry.class,
            access.readable(where.toString(), parameters),
            parameters,
            "e.createdAt ASC, e.id ASC");
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (TicketEntry entry : work) {
      Ticket ticket = entry.ticket();
      Organization customer = ticket.customer();
      csv.append(
          Csv.row(
              entry.createdAt().atZone(zone).toLocalDate().toString(),
              ticket.reference(),
              ticket.subject(),
              customer.name(),
              customer.parent() == null ? "" : customer.parent().name(),
              ticket.category().name(),
              entry.authorName(),
              Integer.toString(entry.minutesSpent()),
              entry.visibility().name(),
              entry.body()));
    }
    return csv.toString();
  }

  private Organization organization(long id, OrganizationKind kind, String field) {
    return store
        .findOptional(Organization.class, id)
        .filter(o -> o.kind() == kind)
        .orElseThrow(
            () -> new InvalidInputException(field, "is not a known " + kind.name().toLowerCase()));
  }
}
