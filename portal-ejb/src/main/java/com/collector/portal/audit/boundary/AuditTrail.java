package com.collector.portal.audit.boundary;

import com.collector.portal.audit.entity.AuditEntry;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reading the audit log of the caller's subtree, newest first by default. */
@Stateless
public class AuditTrail {

  private static final Set<String> SORTABLE = Set.of("at", "actor", "action", "entityType");

  @Inject Store store;

  /** Entries whose actor, action or entity type contains {@code text} (any when blank). */
  public Page<AuditEntryView> page(String text, PageRequest request) {
    store.scope().require(Right.ADMINISTER);
    Map<String, Object> parameters = new HashMap<>();
    String where = null;
    if (text != null && !text.isBlank()) {
      where =
          "LOWER(e.actor) LIKE :text OR LOWER(e.action) LIKE :text OR LOWER(e.entityType) LIKE :text";
      parameters.put("text", "%" + text.strip().toLowerCase() + "%");
    }
    PageRequest newestFirst =
        request.sort() == null
            ? new PageRequest(request.offset(), request.limit(), "at", false)
            : request;
    return store
        .page(
            AuditEntry.class,
            where,
            parameters,
            newestFirst.orderBy(SORTABLE, Set.of("actor", "action", "entityType"), "at"),
            newestFirst)
        .map(AuditEntryView::of);
  }
}
