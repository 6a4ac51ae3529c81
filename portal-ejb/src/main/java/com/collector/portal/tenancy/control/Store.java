package com.collector.portal.tenancy.control;

import com.collector.portal.platform.boundary.ConflictException;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.tenancy.entity.TenantOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one door to tenant-owned data. Every query gets the scope's path prefix, every load by id is
 * checked against the scope after loading (answering "not found" for a foreign row), and every new
 * row must lie inside the scope. Features never touch the EntityManager themselves.
 */
@ApplicationScoped
public class Store {

  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Inject CurrentScope current;

  public TenantScope scope() {
    return current.get();
  }

  /** Loads a row of the caller's subtree or fails with 404, also for rows of other tenants. */
  public <T extends TenantOwned> T find(Class<T> type, Object id) {
    return findOptional(type, id)
        .orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
  }

  public <T extends TenantOwned> Optional<T> findOptional(Class<T> type, Object id) {
    if (id == null) {
      return Optional.empty();
    }
    T row = em.find(type, id);
    return row != null && scope().covers(row.ownerPath()) ? Optional.of(row) : Optional.empty();
  }

  /**
   * Loads a row of the caller's subtree and locks it until the transaction ends, so concurrent
   * writers (other instances too) take turns.
   */
  public <T extends TenantOwned> T findForUpdate(Class<T> type, Object id) {
    T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null || !scope().covers(row.ownerPath())) {
      throw new NotFoundException(type.getSimpleName(), id);
    }
    return row;
  }

  /**
   * Adds a new row; a row outside the caller's subtree is refused as if its parent did not exist.
   */
  public <T extends TenantOwned> T add(T row) {
    if (!scope().covers(row.ownerPath())) {
      throw new NotFoundException("Owner", row.ownerPath());
    }
    em.persist(row);
    return row;
  }

  public void remove(TenantOwned row) {
    if (!scope().covers(row.ownerPath())) {
      throw new NotFoundException("Owner", row.ownerPath());
    }
    em.remove(row);
  }

  /**
   * Rows of the caller's subtree matching {@code where} (a JPQL condition on alias {@code e}, may
   * be null), in the order {@code orderBy} (JPQL, already checked by the caller).
   */
  public <T extends TenantOwned> Page<T> page(
      Class<T> type,
      String where,
      Map<String, Object> parameters,
      String orderBy,
      PageRequest request) {
    String condition = scopedCondition(where);
    String entity = em.getMetamodel().entity(type).getName();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE " + condition, Long.class);
    TypedQuery<T> select =
        em.createQuery(
            "SELECT e FROM " + entity + " e WHERE " + condition + " ORDER BY " + orderBy, type);
    bind(count, parameters);
    bind(select, parameters);
    List<T> items =
        select.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
    return new Page<>(items, count.getSingleResult(), request.offset(), request.limit());
  }

  public <T extends TenantOwned> List<T> list(
      Class<T> type, String where, Map<String, Object> parameters, String orderBy) {
    return select(type, where, parameters, orderBy).getResultList();
  }

  /** The first {@code limit} matching rows, without counting them all (for keyset walks). */
  public <T extends TenantOwned> List<T> list(
      Class<T> type, String where, Map<String, Object> parameters, String orderBy, int limit) {
    return select(type, where, parameters, orderBy).setMaxResults(limit).getResultList();
  }

  private <T extends TenantOwned> TypedQuery<T> select(
      Class<T> type, String where, Map<String, Object> parameters, String orderBy) {
    String entity = em.getMetamodel().entity(type).getName();
    TypedQuery<T> select =
        em.createQuery(
            "SELECT e FROM "
                + entity
                + " e WHERE "
                + scopedCondition(where)
                + " ORDER BY "
                + orderBy,
            type);
    bind(select, parameters);
    return select;
  }

  public <T extends TenantOwned> Optional<T> single(
      Class<T> type, String where, Map<String, Object> parameters) {
    return list(type, where, parameters, "e.ownerPath").stream().findFirst();
  }

  /**
   * An aggregate over the caller's subtree's rows of {@code type}: {@code select} and {@code
   * groupBy} are JPQL on alias {@code e} (checked by the caller, never user text), {@code where} as
   * for {@link #list}; each answer row holds the selected values. Sums and counts stay in the
   * database.
   */
  public <T extends TenantOwned> List<Object[]> aggregate(
      Class<T> type,
      String select,
      String where,
      Map<String, Object> parameters,
      String groupBy,
      String orderBy,
      int limit) {
    String entity = em.getMetamodel().entity(type).getName();
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT "
                + select
                + " FROM "
                + entity
                + " e WHERE "
                + scopedCondition(where)
                + (groupBy == null ? "" : " GROUP BY " + groupBy)
                + (orderBy == null ? "" : " ORDER BY " + orderBy),
            Object[].class);
    bind(query, parameters);
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * A read in native SQL, for what JPQL cannot say (days of a time zone, JSON columns, lateral
   * joins). {@code sql} is fixed text of the caller (never user text) holding a {@code
   * {scope:alias}} marker for every tenant-owned table it reads, each replaced by the scope's
   * condition on that alias's {@code owner_path}; its own parameters are {@code ?1..?n} in {@code
   * parameters}. Each answer row holds the selected values, as the JDBC driver gives them.
   */
  public List<Object[]> sql(String sql, List<?> parameters) {
    ScopedSql scoped = ScopedSql.of(sql, parameters, scope());
    Query query = em.createNativeQuery(scoped.sql());
    List<Object> values = scoped.parameters();
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  /** Next value of a sequence, for entities whose path includes their own id. */
  public long nextId(String sequence) {
    if (!sequence.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a sequence name: " + sequence);
    }
    return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult())
        .longValue();
  }

  /**
   * Holds a lock on {@code key} until the transaction ends, so work on the same key (on other
   * instances too) takes turns even when no row exists yet to lock.
   */
  public void lock(String key) {
    em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
        .setParameter(1, key)
        .getSingleResult();
  }

  /**
   * Writes pending changes now, so a unique constraint (a duplicate name or e-mail) surfaces as a
   * 409 naming {@code field} instead of a failed commit.
   */
  public void flush(String field) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new ConflictException("error.duplicate", field, field + " is already taken");
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private String scopedCondition(String where) {
    StringBuilder condition = new StringBuilder("e.ownerPath LIKE :scopePath");
    for (int i = 0; i < scope().hiddenPaths().size(); i++) {
      condition.append(" AND e.ownerPath NOT LIKE :hiddenPath").append(i);
    }
    return condition + (where == null ? "" : " AND (" + where + ")");
  }

  private void bind(TypedQuery<?> query, Map<String, Object> parameters) {
    query.setParameter("scopePath", scope().path() + "%");
    List<String> hidden = scope().hiddenPaths();
    for (int i = 0; i < hidden.size(); i++) {
      query.setParameter("hiddenPath" + i, hidden.get(i) + "%");
    }
    // A page's count shares its select's parameters but not its ORDER BY: bind what is declared.
    Set<String> declared =
        query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
    parameters.forEach(
        (name, value) -> {
          if (declared.contains(name)) {
            query.setParameter(name, value);
          }
        });
  }
}
