package com.collector.portal.tenancy.control;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Offset, size and order of a listing. The sort field is checked against the fields a boundary
 * allows, so it can be placed in a query safely.
 */
public record PageRequest(int offset, int limit, String sort, boolean ascending) {

  public static final int MAX_LIMIT = 200;

  public PageRequest {
    if (offset < 0) {
      throw new InvalidInputException("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }

  /** Returns the JPQL order clause, failing with 400 when the field is not sortable. */
  public String orderBy(Set<String> sortable, String fallback) {
    return orderBy(sortable, Set.of(), fallback);
  }

  /**
   * Returns the JPQL order clause; fields in {@code text} sort case-insensitively, as people expect
   * ("alpha" before "Bravo"). The id breaks ties so pages never overlap.
   */
  public String orderBy(Set<String> sortable, Set<String> text, String fallback) {
    String field = field(sortable, fallback);
    String expression = text.contains(field) ? "LOWER(e." + field + ")" : "e." + field;
    return expression + (ascending ? " ASC" : " DESC") + ", e.id ASC";
  }

  /** As {@link #orderBy(Set, String)}, for sort keys naming a field by another path. */
  public String orderBy(Map<String, String> paths, String fallback) {
    return "e."
        + paths.get(field(paths.keySet(), fallback))
        + (ascending ? " ASC" : " DESC")
        + ", e.id ASC";
  }

  private String field(Set<String> sortable, String fallback) {
    String field = sort == null || sort.isBlank() ? fallback : sort;
    if (!sortable.contains(field)) {
      throw new InvalidInputException("sort", "must be one of " + new TreeSet<>(sortable));
    }
    return field;
  }
}
