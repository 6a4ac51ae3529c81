package com.collector.portal.platform.control;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads of query answers that features going around JPA share. */
public final class SqlRows {

  private SqlRows() {}

  /** Runs {@code query} and answers the first column of its rows, in their order, as longs. */
  public static List<Long> longs(PreparedStatement query) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
    }
    return values;
  }
}
