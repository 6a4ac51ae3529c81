package com.collector.portal.web.rest;

import com.collector.portal.platform.boundary.InvalidInputException;
import com.collector.portal.tenancy.control.PageRequest;
import java.util.Locale;

/**
 * Reads paging query parameters as text, so a malformed number is a 400 naming the parameter rather
 * than the 404 JAX-RS gives for unconvertible query parameters.
 */
public final class Paging {

  private Paging() {}

  public static PageRequest of(String offset, String limit, String sort, String order) {
    boolean ascending;
    if (order == null || order.isBlank() || order.equalsIgnoreCase("asc")) {
      ascending = true;
    } else if (order.equalsIgnoreCase("desc")) {
      ascending = false;
    } else {
      throw new InvalidInputException("order", "must be asc or desc");
    }
    return new PageRequest(
        number(offset, "offset", 0), number(limit, "limit", 50), sort, ascending);
  }

  public static Long optionalId(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be a number");
    }
  }

  /** A true/false query parameter; absent or blank is false. */
  public static boolean flag(String value, String field) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(field, "must be true or false");
    };
  }

  private static int number(String value, String field, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be a whole number");
    }
  }
}
