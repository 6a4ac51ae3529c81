package com.collector.portal.audit.control;

import com.collector.portal.audit.entity.AuditEntry;
import com.collector.portal.tenancy.control.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/** Records administrative changes in the caller's transaction: no change without its entry. */
@ApplicationScoped
public class AuditLog {

  @Inject Store store;
  @Inject Clock clock;

  public void record(
      String action,
      String entityType,
      Object entityId,
      String ownerPath,
      Map<String, Object> before,
      Map<String, Object> after) {
    store.add(
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

  static String json(Map<String, Object> state) {
    if (state == null) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    state.forEach(
        (key, value) -> {
          if (value == null) {
            object.addNull(key);
          } else if (value instanceof Boolean b) {
            object.add(key, b);
          } else if (value instanceof Number n) {
            object.add(key, n.longValue());
          } else if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(v -> array.add(String.valueOf(v)));
            object.add(key, array);
          } else {
            object.add(key, value.toString());
          }
        });
    return object.build().toString();
  }
}
