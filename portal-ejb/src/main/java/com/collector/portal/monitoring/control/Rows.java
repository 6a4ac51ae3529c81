package com.collector.portal.monitoring.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native SQL answer rows, whatever types the JDBC driver chose for them. */
public final class Rows {

  private Rows() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalArgumentException("Not a moment: " + value.getClass());
  }

  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  public static Long optionalNumber(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** A moment as a query parameter the driver binds as a timestamp. */
  public static Timestamp parameter(Instant instant) {
    return Timestamp.from(instant);
  }
}
