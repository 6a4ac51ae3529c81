package com.collector.portal.audit.control;

import com.collector.portal.audit.entity.AuditChainHead;
import com.collector.portal.audit.entity.AuditEntry;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tenancy.control.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/**
 * Records administrative changes in the caller's transaction (no change without its entry) and
 * chains each entry to the previous one, so any later alteration is detectable.
 */
@ApplicationScoped
public class AuditLog {

  /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject Store store;
  @Inject CurrentScope current;
  @Inject Clock clock;

  /** Records a change made by the current actor. */
  public void record(
      String action,
      String entityType,
      Object entityId,
      String ownerPath,
      Map<String, Object> before,
      Map<String, Object> after) {
    append(
        new AuditEntry(
            clock.instant(),
            store.scope().actor(),
            action,
            entityType,
            String.valueOf(entityId),
            ownerPath,
            json(before),
            json(after)));
  }

  /** Records an event whose actor is not (yet) the scope's, such as a sign-in attempt. */
  public void recordEvent(
      String actor, String action, String entityId, String ownerPath, String origin) {
    append(
        new AuditEntry(clock.instant(), actor, action, "user", entityId, ownerPath, null, null)
            .from(origin));
  }

  /**
   * Seals the entry after the locked chain head, then inserts it at once: rows get their ids while
   * the head is locked, so id order is chain order across transactions and within one.
   */
  private void append(AuditEntry entry) {
    AuditChainHead head =
        current.runAs(
            TenantScope.system("audit-chain"),
            () -> store.findForUpdate(AuditChainHead.class, AuditChainHead.ID));
    head.append(entry);
    store.add(entry);
    store.flush("audit");
  }

  /** Seals entries written before the chain existed, oldest first. */
  public int sealUnsealed() {
    return current.runAs(
        TenantScope.system("audit-chain"),
        () -> {
          AuditChainHead head = store.findForUpdate(AuditChainHead.class, AuditChainHead.ID);
          var unsealed = store.list(AuditEntry.class, "e.entryHash IS NULL", Map.of(), "e.id");
          unsealed.forEach(head::append);
          return unsealed.size();
        });
  }

  static String json(Map<String, Object> state) {
    if (state == null) {
      return null;
    }
    JsonObjectBuilder object = JSON.createObjectBuilder();
    state.forEach(
        (key, value) -> {
          if (value == null) {
            object.addNull(key);
          } else if (value instanceof Boolean b) {
            object.add(key, b);
          } else if (value instanceof Number n) {
            object.add(key, n.longValue());
          } else if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(v -> array.add(String.valueOf(v)));
            object.add(key, array);
          } else {
            object.add(key, value.toString());
          }
        });
    return object.build().toString();
  }
}
