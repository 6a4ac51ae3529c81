package com.collector.portal.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The rows a caller's scope is resolved from, read before any scope exists (so not through {@link
 * Store}). Application-scoped: the request-scoped {@link CurrentScope} is made for every request,
 * and a persistence context injected into it would cost naming lookups each time.
 */
@ApplicationScoped
class CallerRows {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  <T> T find(Class<T> type, Object id) {
    return em.find(type, id);
  }

  /** Paths of the customers below {@code partnerPath} that suspended their partner's access. */
  List<String> suspendedBelow(String partnerPath) {
    return em.createQuery(
            "SELECT o.ownerPath FROM Organization o WHERE o.ownerPath LIKE :path"
                + " AND o.partnerAccessSuspendedAt IS NOT NULL",
            String.class)
        .setParameter("path", partnerPath + "%")
        .getResultList();
  }
}
