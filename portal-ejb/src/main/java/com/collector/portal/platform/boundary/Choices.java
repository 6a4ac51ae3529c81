package com.collector.portal.platform.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a named choice (an enum constant) from input text, failing with 400 naming the field. */
public final class Choices {

  private Choices() {}

  /** The constant named by {@code value} in any case, or null for a blank value. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
  }
}
