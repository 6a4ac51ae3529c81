package com.collector.portal.tenancy.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native SQL made safe for one scope: every {@code {scope:alias}} marker becomes the condition that
 * keeps {@code alias.owner_path} inside the scope's subtree and outside its hidden subtrees. The
 * caller's own parameters are numbered {@code ?1..?n}; the scope's follow them, so the order of the
 * text does not matter. A statement without a marker is refused: it would read every tenant.
 */
final class ScopedSql {

  private static final Pattern MARKER = Pattern.compile("\\{scope:([a-z][a-z0-9_]*)}");

  private final String sql;
  private final List<Object> parameters;

  private ScopedSql(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  static ScopedSql of(String template, List<?> callerParameters, TenantScope scope) {
    Matcher marker = MARKER.matcher(template);
    if (!marker.find()) {
      throw new IllegalArgumentException("A scoped statement needs a {scope:alias} marker");
    }
    List<Object> parameters = new ArrayList<>(callerParameters);
    int pathAt = parameters.size() + 1;
    parameters.add(scope.path() + "%");
    List<String> hidden = scope.hiddenPaths();
    for (String path : hidden) {
      parameters.add(path + "%");
    }
    marker.reset();
    StringBuilder sql = new StringBuilder();
    while (marker.find()) {
      String alias = marker.group(1);
      StringBuilder condition =
          new StringBuilder("(").append(alias).append(".owner_path LIKE ?").append(pathAt);
      for (int i = 0; i < hidden.size(); i++) {
        condition.append(" AND ").append(alias).append(".owner_path NOT LIKE ?");
        condition.append(pathAt + 1 + i);
      }
      marker.appendReplacement(sql, Matcher.quoteReplacement(condition.append(')').toString()));
    }
    marker.appendTail(sql);
    return new ScopedSql(sql.toString(), List.copyOf(parameters));
  }

  String sql() {
    return sql;
  }

  /** The values of {@code ?1..?n} in order: the caller's, then the scope's. */
  List<Object> parameters() {
    return parameters;
  }
}
