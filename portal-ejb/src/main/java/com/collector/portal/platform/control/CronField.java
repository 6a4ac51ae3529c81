package com.collector.portal.platform.control;

import java.util.BitSet;
import java.util.Locale;

/** Reads one cron field made of values, ranges, steps and lists into the set of values it takes. */
final class CronField {

  private CronField() {}

  /**
   * The values {@code field} takes between {@code min} and {@code max}; {@code names} (for months
   * and days) stand for {@code min}, {@code min + 1}… and may be used instead of numbers.
   */
  static BitSet plain(String name, String field, int min, int max, String[] names) {
    BitSet values = new BitSet(max + 1);
    if (field.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    for (String item : field.split(",", -1)) {
      values.or(item(name, item, min, max, names));
    }
    return values;
  }

  private static BitSet item(String name, String item, int min, int max, String[] names) {
    String base = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      base = item.substring(0, slash);
      step = number(name, item.substring(slash + 1), 1, max - min + 1, null, 0);
    }
    int from;
    int to;
    if (base.equals("*")) {
      from = min;
      to = max;
    } else if (base.isEmpty()) {
      throw new IllegalArgumentException(name + " has an empty item in '" + item + "'");
    } else {
      int dash = base.indexOf('-');
      from = number(name, dash < 0 ? base : base.substring(0, dash), min, max, names, min);
      to = dash >= 0 ? number(name, base.substring(dash + 1), min, max, names, min) : from;
      if (dash < 0 && slash >= 0) {
        to = max;
      }
      if (from > to) {
        throw new IllegalArgumentException(name + " has a range going backwards: " + base);
      }
    }
    BitSet values = new BitSet(max + 1);
    for (int value = from; value <= to; value += step) {
      values.set(value);
    }
    return values;
  }

  /** A number (or a name standing for {@code first + its index}) between min and max. */
  static int number(String name, String text, int min, int max, String[] names, int first) {
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(text.toUpperCase(Locale.ROOT))) {
          return first + i;
        }
      }
    }
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(name + " has '" + text + "', not a number");
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " has " + value + ", outside " + min + "-" + max);
    }
    return value;
  }
}
