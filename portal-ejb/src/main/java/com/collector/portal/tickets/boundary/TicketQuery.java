package com.collector.portal.tickets.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.identity.entity.UserAccount;
import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.entity.OrganizationKind;
import com.collector.portal.tickets.entity.TicketState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a ticket list's filter into the condition the store scopes. */
@ApplicationScoped
public class TicketQuery {

  private static final Pattern REFERENCE = Pattern.compile("(?i)t?-?(\\d{1,18})");

  @Inject Store store;

  public String where(TicketFilter filter) {
    TicketFilter f = filter == null ? TicketFilter.none() : filter;
    StringBuilder where = new StringBuilder("1 = 1");
    if (f.customerId() != null) {
      where.append(" AND e.customer.id = :customer");
    }
    if (f.state() != null) {
      where.append(" AND e.state = :state");
    }
    if (f.active()) {
      where.append(" AND e.state NOT IN :finished");
    }
    if (f.category() != null) {
      where.append(" AND e.category = :category");
    }
    if (f.priority() != null) {
      where.append(" AND e.priority = :priority");
    }
    if (f.assigneeId() != null || f.mine()) {
      where.append(" AND e.assignee.id = :assignee");
    }
    if (text(f) != null) {
      where.append(" AND (LOWER(e.subject) LIKE :text");
      where.append(reference(f) == null ? ")" : " OR e.number = :reference)");
    }
    return where.toString();
  }

  public Map<String, Object> parameters(TicketFilter filter) {
    TicketFilter f = filter == null ? TicketFilter.none() : filter;
    Map<String, Object> parameters = new HashMap<>();
    putIf(parameters, "customer", f.customerId());
    putIf(parameters, "state", f.state());
    putIf(parameters, "category", f.category());
    putIf(parameters, "priority", f.priority());
    if (f.active()) {
      parameters.put("finished", List.of(TicketState.RESOLVED, TicketState.CLOSED));
    }
    putIf(parameters, "assignee", f.mine() ? store.scope().userId() : f.assigneeId());
    if (text(f) != null) {
      parameters.put("text", "%" + escape(text(f).toLowerCase(Locale.ROOT)) + "%");
      putIf(parameters, "reference", reference(f));
    }
    return parameters;
  }

  /** Enabled vendor users who work tickets. */
  public List<UserAccount> agents() {
    return store
        .list(
            UserAccount.class,
            "e.organization.kind = :vendor AND e.enabled = TRUE",
            Map.of("vendor", OrganizationKind.VENDOR),
            "LOWER(e.displayName), e.id")
        .stream()
        .filter(u -> u.rights().contains(Right.WORK_TICKETS))
        .toList();
  }

  /**
   * The agent {@code agentId} of customer service (null: nobody), or a 400 naming {@code field}.
   */
  public UserAccount agent(Long agentId, String field) {
    if (agentId == null) {
      return null;
    }
    return store
        .findOptional(UserAccount.class, agentId)
        .filter(u -> u.organization().kind() == OrganizationKind.VENDOR)
        .filter(u -> u.isEnabled() && u.rights().contains(Right.WORK_TICKETS))
        .orElseThrow(() -> new InvalidInputException(field, "is not an agent of customer service"));
  }

  private static String text(TicketFilter f) {
    return f.text() == null || f.text().isBlank() ? null : f.text().strip();
  }

  private static Long reference(TicketFilter f) {
    Matcher m = REFERENCE.matcher(text(f));
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static void putIf(Map<String, Object> parameters, String name, Object value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }
}
