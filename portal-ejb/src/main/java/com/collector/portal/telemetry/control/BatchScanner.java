package com.collector.portal.telemetry.control;

import com.collector.portal.telemetry.control.EventBatch.Raw;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a batch body straight from its UTF-8 bytes, as strictly as RFC 8259 asks: one pass, no
 * tokens or locations made for what is skipped, each event's text cut from the bytes. A general
 * streaming parser spent more here than storing the events did (a third of the intake's time).
 */
final class BatchScanner {

  /** The body is not JSON. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Malformed() {
      super("not JSON", null, false, false);
    }
  }

  private static final Malformed MALFORMED = new Malformed();

  /** Deeper nesting is refused: skipping it recursively must not exhaust the stack. */
  private static final int MOST_DEPTH = 500;

  private final byte[] in;
  private int at;
  private boolean object;

  BatchScanner(byte[] body) {
    this.in = body;
  }

  /**
   * The elements of the body's {@code events} array; null when the body is JSON but not an object
   * with such an array (the last {@code events} member counts).
   *
   * @throws Malformed when the body is not one JSON value
   */
  List<Raw> events() {
    space();
    List<Raw> events = null;
    object = peek() == '{';
    if (!object) {
      skip(0);
    } else {
      at++;
      space();
      if (peek() == '}') {
        at++;
      } else {
        do {
          space();
          String name = string();
          colon();
          boolean named = name.equals("events");
          if (named && peek() == '[') {
            events = elements();
          } else {
            events = named ? null : events;
            skip(1);
          }
        } while (more('}'));
      }
    }
    space();
    if (at != in.length) {
      throw MALFORMED;
    }
    return events;
  }

  /** Whether the body read was a JSON object. */
  boolean readObject() {
    return object;
  }

  private List<Raw> elements() {
    at++;
    List<Raw> events = new ArrayList<>();
    space();
    if (peek() == ']') {
      at++;
      return events;
    }
    do {
      space();
      if (peek() == '{') {
        int start = at;
        Map<String, Object> members = object(true);
        events.add(new Raw(members, new String(in, start, at - start, StandardCharsets.UTF_8)));
      } else {
        skip(2);
        events.add(new Raw(null, null));
      }
    } while (more(']'));
    return events;
  }

  /** An event's members (or, not {@code top}, a nested object's), scalars as their values. */
  private Map<String, Object> object(boolean top) {
    at++;
    Map<String, Object> members = new HashMap<>();
    space();
    if (peek() == '}') {
      at++;
      return members;
    }
    do {
      space();
      String name = string();
      colon();
      members.put(name, member(top));
    } while (more('}'));
    return members;
  }

  private Object member(boolean top) {
    return switch (peek()) {
      case '"' -> string();
      case '{' -> top ? object(false) : nested();
      case '[' -> nested();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Object nested() {
    skip(3);
    return EventBatch.NESTED;
  }

  /** Checks and passes over one value. */
  private void skip(int depth) {
    if (depth > MOST_DEPTH) {
      throw MALFORMED;
    }
    switch (peek()) {
      case '"' -> string();
      case '{' -> {
        at++;
        space();
        if (peek() == '}') {
          at++;
          return;
        }
        do {
          space();
          string();
          colon();
          skip(depth + 1);
        } while (more('}'));
      }
      case '[' -> {
        at++;
        space();
        if (peek() == ']') {
          at++;
          return;
        }
        do {
          space();
          skip(depth + 1);
        } while (more(']'));
      }
      case 't' -> literal("true", null);
      case 'f' -> literal("false", null);
      case 'n' -> literal("null", null);
      default -> scanNumber();
    }
  }

  /** After a member or element: true at a comma, false at {@code end}, else malformed. */
  private boolean more(char end) {
    space();
    byte next = peek();
    at++;
    if (next == ',') {
      return true;
    }
    if (next == end) {
      return false;
    }
    throw MALFORMED;
  }

  private void colon() {
    space();
    if (peek() != ':') {
      throw MALFORMED;
    }
    at++;
    space();
  }

  private Object literal(String word, Object value) {
    int length = word.length();
    if (at + length > in.length) {
      throw MALFORMED;
    }
    for (int i = 0; i < length; i++) {
      if (in[at + i] != word.charAt(i)) {
        throw MALFORMED;
      }
    }
    at += length;
    return value;
  }

  /**
   * A number: Long when integral (no fraction, or one an exponent cancels) and within a long's
   * range, else BigDecimal; {@link EventBatch#NESTED} when a decimal cannot hold it (an exponent
   * beyond an int), so that the member is refused as no number the event can use.
   */
  private Object number() {
    int start = at;
    boolean plain = scanNumber();
    String text = new String(in, start, at - start, StandardCharsets.ISO_8859_1);
    if (plain && at - start <= 18) {
      return Long.parseLong(text);
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException beyondDecimal) {
      return EventBatch.NESTED;
    }
    if (number.scale() == 0) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException beyondLong) {
        return number;
      }
    }
    return number;
  }

  /** Passes over a number; answers whether it is plain digits (no fraction, no exponent). */
  private boolean scanNumber() {
    if (at < in.length && in[at] == '-') {
      at++;
    }
    if (at < in.length && in[at] == '0') {
      at++;
    } else if (!digits()) {
      throw MALFORMED;
    }
    boolean plain = true;
    if (at < in.length && in[at] == '.') {
      at++;
      plain = false;
      if (!digits()) {
        throw MALFORMED;
      }
    }
    if (at < in.length && (in[at] == 'e' || in[at] == 'E')) {
      at++;
      plain = false;
      if (at < in.length && (in[at] == '+' || in[at] == '-')) {
        at++;
      }
      if (!digits()) {
        throw MALFORMED;
      }
    }
    return plain;
  }

  private boolean digits() {
    int start = at;
    while (at < in.length && in[at] >= '0' && in[at] <= '9') {
      at++;
    }
    return at > start;
  }

  /** A string at its opening quote; its bytes decoded as UTF-8 (malformed ones replaced). */
  private String string() {
    if (peek() != '"') {
      throw MALFORMED;
    }
    int start = ++at;
    while (true) {
      byte b = peek();
      if (b == '"') {
        at++;
        return new String(in, start, at - 1 - start, StandardCharsets.UTF_8);
      }
      if (b == '\\') {
        return escaped(start);
      }
      if (b >= 0 && b < 0x20) {
        throw MALFORMED;
      }
      at++;
    }
  }

  /** The rest of a string from its first escape, the text before it starting at {@code start}. */
  private String escaped(int start) {
    StringBuilder text =
        new StringBuilder(new String(in, start, at - start, StandardCharsets.UTF_8));
    while (true) {
      byte b = peek();
      if (b == '"') {
        at++;
        return text.toString();
      }
      if (b == '\\') {
        at++;
        byte escape = peek();
        at++;
        text.append(
            switch (escape) {
              case '"' -> '"';
              case '\\' -> '\\';
              case '/' -> '/';
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              case 'u' -> unicode();
              default -> throw MALFORMED;
            });
      } else {
        int run = at;
        while (at < in.length
            && in[at] != '"'
            && in[at] != '\\'
            && (in[at] < 0 || in[at] >= 0x20)) {
          at++;
        }
        if (at == run) {
          throw MALFORMED; // a control character
        }
        text.append(new String(in, run, at - run, StandardCharsets.UTF_8));
      }
    }
  }

  private char unicode() {
    if (at + 4 > in.length) {
      throw MALFORMED;
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(in[at++], 16);
      if (digit < 0) {
        throw MALFORMED;
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private void space() {
    while (at < in.length) {
      byte b = in[at];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      at++;
    }
  }

  /** The byte at the cursor; malformed at the end of the body. */
  private byte peek() {
    if (at >= in.length) {
      throw MALFORMED;
    }
    return in[at];
  }
}
