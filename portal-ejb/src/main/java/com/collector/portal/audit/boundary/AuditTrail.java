package com.collector.portal.audit.boundary;

import com.collector.portal.audit.control.AuditCsv;
import com.collector.portal.audit.entity.AuditChainHead;
import com.collector.portal.audit.entity.AuditEntry;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.ForbiddenException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Page;
import com.collector.portal.tenancy.control.PageRequest;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import com.collector.portal.tenancy.entity.OrganizationKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading, exporting and verifying the audit log of the caller's subtree. */
@Stateless
public class AuditTrail {

  /** Exports stop here; narrow the search for more. */
  public static final int EXPORT_LIMIT = 50_000;

  private static final Set<String> SORTABLE = Set.of("at", "actor", "action", "entityType");
  private static final String GENESIS = "0".repeat(64);
  private static final int BATCH = 500;

  @Inject Store store;
  @Inject CurrentScope current;

  /** Entries whose actor, action or entity type contains {@code text} (any when blank). */
  public Page<AuditEntryView> page(String text, PageRequest request) {
    store.scope().require(Right.ADMINISTER);
    Map<String, Object> parameters = new HashMap<>();
    String where = matching(text, parameters);
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

  /** The matching entries of the subtree as CSV, oldest first, at most {@link #EXPORT_LIMIT}. */
  public String exportCsv(String text) {
    store.scope().require(Right.ADMINISTER);
    Map<String, Object> parameters = new HashMap<>();
    String where = matching(text, parameters);
    List<AuditEntryView> entries =
        store.list(AuditEntry.class, where, parameters, "e.id ASC", EXPORT_LIMIT).stream()
            .map(AuditEntryView::of)
            .toList();
    return AuditCsv.of(entries);
  }

  /**
   * Re-computes the whole chain and reports the first entry whose content, predecessor or position
   * no longer matches. Vendor administrators only: it reads every tenant's entries.
   */
  public AuditVerification verify() {
    TenantScope scope = store.scope();
    scope.require(Right.ADMINISTER);
    if (scope.kind() != OrganizationKind.VENDOR) {
      throw new ForbiddenException("Only vendor administrators verify the whole audit chain");
    }
    return current.runAs(TenantScope.system("audit-verification"), this::walkChain);
  }

  private AuditVerification walkChain() {
    String previous = GENESIS;
    long checked = 0;
    long afterId = 0;
    while (true) {
      List<AuditEntry> batch =
          store.list(
              AuditEntry.class, "e.id > :after", Map.of("after", afterId), "e.id ASC", BATCH);
      for (AuditEntry entry : batch) {
        checked++;
        if (!entry.isSealed() || !entry.isIntactAfter(previous)) {
          return new AuditVerification(
              false,
              checked,
              entry.id(),
              "Entry " + entry.id() + " does not match its hash or its predecessor");
        }
        previous = entry.entryHash();
        afterId = entry.id();
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    String head = store.find(AuditChainHead.class, AuditChainHead.ID).lastHash();
    if (!head.equals(previous)) {
      return new AuditVerification(
          false, checked, null, "The newest entries are missing: the chain head does not match");
    }
    return new AuditVerification(true, checked, null, null);
  }

  private static String matching(String text, Map<String, Object> parameters) {
    if (text == null || text.isBlank()) {
      return null;
    }
    parameters.put("text", "%" + text.strip().toLowerCase() + "%");
    return "LOWER(e.actor) LIKE :text OR LOWER(e.action) LIKE :text OR LOWER(e.entityType) LIKE :text";
  }
}
